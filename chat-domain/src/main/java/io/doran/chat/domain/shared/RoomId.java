package io.doran.chat.domain.shared;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.Objects;
import java.util.UUID;

/** A room's identity: a random UUID (000, 001). */
public record RoomId(UUID value) {

    public RoomId {
        Objects.requireNonNull(value, "value");
    }

    public static RoomId random() {
        return new RoomId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; anything else is {@code VALIDATION_FAILED}. */
    public static RoomId parse(String text) {
        if (text == null || text.length() != 36) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "roomId must be a UUID");
        }
        try {
            return new RoomId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "roomId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
