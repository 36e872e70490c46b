package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A room got a new name. */
public record RoomRenamed(RoomId roomId, RoomName name, UserId by, Instant at) implements RoomEvent {
}
