package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A pinned message was unpinned (pins, issue 18). */
public record MessageUnpinned(RoomId roomId, MessageId messageId, UserId by, Instant at) implements RoomEvent {
}
