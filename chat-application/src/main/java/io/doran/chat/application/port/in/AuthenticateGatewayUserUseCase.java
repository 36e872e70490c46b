package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/**
 * Gateway-trusted mode (001, SPEC §2): a gateway that proved itself with the shared gateway secret
 * vouches for the user; the user's status still applies and the profile it sends is remembered.
 */
public interface AuthenticateGatewayUserUseCase {

    Caller trust(UserId user, Optional<String> nickname, Optional<String> email, Optional<String> pictureUrl);
}
