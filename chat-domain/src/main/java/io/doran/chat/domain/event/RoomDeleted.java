package io.doran.chat.domain.event;

import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;
import java.time.Instant;

/** A room was deleted, by its admin or because its last participant left. */
public record RoomDeleted(RoomId roomId, UserId by, Instant at) implements RoomEvent {
}
