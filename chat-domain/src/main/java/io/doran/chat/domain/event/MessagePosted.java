package io.doran.chat.domain.event;

import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import java.time.Instant;
import java.util.Objects;

/** A message was stored and may now be delivered (SPEC §7: only after the write is durable). */
public record MessagePosted(Message message) implements RoomEvent {

    public MessagePosted {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public RoomId roomId() {
        return message.roomId();
    }

    @Override
    public Instant at() {
        return message.createdAt();
    }
}
