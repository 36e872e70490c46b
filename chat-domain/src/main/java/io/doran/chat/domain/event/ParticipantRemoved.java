package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user stopped being a participant; {@code by == userId} means they left. */
public record ParticipantRemoved(RoomId roomId, UserId userId, UserId by, Instant at) implements RoomEvent {

    public boolean left() {
        return userId.equals(by);
    }
}
