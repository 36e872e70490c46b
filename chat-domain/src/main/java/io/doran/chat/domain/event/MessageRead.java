package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A participant's read marker moved forward to {@code messageId}. */
public record MessageRead(RoomId roomId, UserId userId, MessageId messageId, Instant at) implements RoomEvent {
}
