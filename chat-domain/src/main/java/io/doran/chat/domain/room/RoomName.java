package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/** A room's name: trimmed, 1–100 characters counted in code points (000, 001). */
public record RoomName(String value) {

    public static final int MAX_LENGTH = 100;

    public RoomName {
        value = Require.trimmed(value, ErrorCode.INVALID_ROOM_NAME);
        int length = Require.codePoints(value);
        Require.that(length >= 1 && length <= MAX_LENGTH && Require.printable(value), ErrorCode.INVALID_ROOM_NAME);
    }

    @Override
    public String toString() {
        return value;
    }
}
