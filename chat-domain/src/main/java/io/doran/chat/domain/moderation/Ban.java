package io.doran.chat.domain.moderation;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user refused by a room (issue 18): removed when banned, and refused ({@code BANNED}) when added or joining until
 * {@code until}, or for good when there is none.
 */
public record Ban(RoomId roomId, UserId userId, UserId by, ModerationReason reason, Instant at, Instant until) {

    public Ban {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (until != null && !until.isAfter(at)) {
            throw new IllegalArgumentException("a ban ends after it starts");
        }
    }

    /** Whether the ban still refuses the user at {@code now}. */
    public boolean isActive(Instant now) {
        return until == null || now.isBefore(until);
    }

    public Optional<ModerationReason> reasonIfAny() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> untilIfAny() {
        return Optional.ofNullable(until);
    }
}
