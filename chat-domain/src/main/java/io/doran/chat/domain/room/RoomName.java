package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * A room's name: trimmed, 1–100 characters counted in code points (000, 001), no control characters.
 * A name of invisible characters only (zero-width spaces, direction marks, ...) counts as empty
 * ({@code INVALID_ROOM_NAME}); text with a lone surrogate is not text ({@code VALIDATION_FAILED}).
 */
public record RoomName(String value) {

    public static final int MAX_LENGTH = 100;

    public RoomName {
        value = Require.trimmed(value, ErrorCode.INVALID_ROOM_NAME);
        Require.wellFormed(value, "name");
        int length = Require.codePoints(value);
        Require.that(length <= MAX_LENGTH && !Require.invisible(value) && Require.printable(value),
                ErrorCode.INVALID_ROOM_NAME);
    }

    @Override
    public String toString() {
        return value;
    }
}
