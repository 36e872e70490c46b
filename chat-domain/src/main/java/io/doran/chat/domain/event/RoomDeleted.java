package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A room was deleted, by its admin or because its last participant left. */
public record RoomDeleted(RoomId roomId, UserId by, Instant at) implements RoomEvent {
}
