package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A message was pinned to its room (pins, issue 18). */
public record MessagePinned(RoomId roomId, MessageId messageId, UserId pinnedBy, Instant at) implements RoomEvent {
}
