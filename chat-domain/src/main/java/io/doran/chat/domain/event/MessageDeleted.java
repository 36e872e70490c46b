package io.doran.chat.domain.event;

import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A message was soft-deleted by its author or a moderator; {@code message} is the deleted version. */
public record MessageDeleted(Message message, UserId by, Instant at) implements RoomEvent {

    @Override
    public RoomId roomId() {
        return message.roomId();
    }
}
