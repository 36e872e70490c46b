package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The authenticated user behind a request or connection (SPEC §2), and until when the credential holds. */
public record Caller(UserId userId, Optional<String> nickname, Optional<String> tokenId, Instant expiresAt) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        nickname = nickname == null ? Optional.empty() : nickname;
        tokenId = tokenId == null ? Optional.empty() : tokenId;
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
