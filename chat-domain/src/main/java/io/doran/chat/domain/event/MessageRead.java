package io.doran.chat.domain.event;

import io.doran.chat.domain.message.MessageId;
import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;
import java.time.Instant;

/** A participant's read marker moved forward to {@code messageId}. */
public record MessageRead(RoomId roomId, UserId userId, MessageId messageId, Instant at) implements RoomEvent {
}
