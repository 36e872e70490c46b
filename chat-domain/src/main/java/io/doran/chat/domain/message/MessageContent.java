package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * A message's text (002): trimmed, not empty, at most the configured number of characters counted in
 * code points (default 1000), so an emoji or a Hangul syllable counts once. What a client sends passes
 * {@link #of}: text of invisible characters only (zero-width spaces, BOM, direction marks) is empty, and
 * text with a lone surrogate is refused before anything stores it.
 */
public record MessageContent(String value) {

    public MessageContent {
        if (value == null || value.isBlank()) {
            throw new ChatException(ErrorCode.EMPTY_CONTENT);
        }
    }

    /**
     * What a client sent, trimmed and checked: valid Unicode ({@code VALIDATION_FAILED}), something
     * visible ({@code EMPTY_CONTENT}) and at most {@code maxCodePoints} ({@code MESSAGE_TOO_LONG}). The
     * constructor stays lenient (only not blank), so messages stored before a rule existed still load.
     */
    public static MessageContent of(String raw, int maxCodePoints) {
        Require.wellFormed(raw, "content");
        if (raw == null || Require.invisible(raw)) {
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
