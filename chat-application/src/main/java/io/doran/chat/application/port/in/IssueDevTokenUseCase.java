package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A newcomer gets a token to try the embedded default (SPEC §2); off whenever real stores are configured. */
public interface IssueDevTokenUseCase {

    DevToken issue(UserId user, String nickname);

    record DevToken(String token, Instant expiresAt) {
    }
}
