package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * A message's text (002): trimmed, not empty, at most the configured number of characters counted in
 * code points (default 1000), so an emoji or a Hangul syllable counts once.
 */
public record MessageContent(String value) {

    public MessageContent {
        if (value == null || value.isBlank()) {
            throw new ChatException(ErrorCode.EMPTY_CONTENT);
        }
    }

    /** Trims {@code raw} and checks it against {@code maxCodePoints}. */
    public static MessageContent of(String raw, int maxCodePoints) {
        if (raw == null || raw.isBlank()) {
            throw new ChatException(ErrorCode.EMPTY_CONTENT);
        }
        String trimmed = raw.strip();
        if (Require.codePoints(trimmed) > maxCodePoints) {
            throw new ChatException(ErrorCode.MESSAGE_TOO_LONG, maxCodePoints);
        }
        return new MessageContent(trimmed);
    }

    public int codePointLength() {
        return Require.codePoints(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
