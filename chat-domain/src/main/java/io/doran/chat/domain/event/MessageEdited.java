package io.doran.chat.domain.event;

import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import java.time.Instant;

/** A message's content was edited by its author; {@code message} is the new version. */
public record MessageEdited(Message message, Instant at) implements RoomEvent {

    @Override
    public RoomId roomId() {
        return message.roomId();
    }
}
