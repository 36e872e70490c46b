package io.doran.chat.domain.moderation;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/** A participant who may read but not send in a room until {@code until} (issue 18): a send is {@code MUTED}. */
public record Mute(RoomId roomId, UserId userId, UserId by, Instant at, Instant until) {

    public Mute {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("a mute ends after it starts");
        }
    }

    /** Whether the user is still muted at {@code now}. */
    public boolean isActive(Instant now) {
        return now.isBefore(until);
    }
}
