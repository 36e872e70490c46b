package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The claims of a credential whose signature and expiry were checked (SPEC §2). */
public record VerifiedToken(UserId userId, Optional<String> nickname, Optional<String> email,
                            Optional<String> pictureUrl, Optional<String> jti, Instant expiresAt) {

    public VerifiedToken {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
