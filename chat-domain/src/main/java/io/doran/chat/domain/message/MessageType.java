package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.Locale;

/** What a message holds (000, 002): text, an image, an emoji; {@code system} only through the internal API (004). */
public enum MessageType {
    TEXT,
    IMAGE,
    EMOJI,
    SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; {@code null} means text; anything unknown is {@code INVALID_MESSAGE_TYPE}. */
    public static MessageType parse(String text) {
        if (text == null) {
            return TEXT;
        }
        for (MessageType type : values()) {
            if (type.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new ChatException(ErrorCode.INVALID_MESSAGE_TYPE);
    }
}
