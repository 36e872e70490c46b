package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A room was created by {@code createdBy}. */
public record RoomCreated(RoomId roomId, UserId createdBy, Instant at) implements RoomEvent {
}
