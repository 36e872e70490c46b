package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A moderator muted a participant until {@code until}, or lifted the mute ({@code until == null}) (issue 18). */
public record UserMuted(RoomId roomId, UserId userId, UserId by, Instant until, Instant at) implements RoomEvent {

    public boolean muted() {
        return until != null;
    }
}
