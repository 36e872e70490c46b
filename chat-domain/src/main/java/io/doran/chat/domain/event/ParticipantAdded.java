package io.doran.chat.domain.event;

import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user became a participant of a room. */
public record ParticipantAdded(RoomId roomId, Participant participant, UserId by, Instant at) implements RoomEvent {
}
