package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/** The marketplace post a room is about (001): an opaque id, trimmed, 1–128 printable, visible characters. */
public record PostId(String value) {

    public PostId {
        value = Require.trimmed(value, ErrorCode.VALIDATION_FAILED, "postId is required");
        Require.wellFormed(value, "postId");
        Require.that(!Require.invisible(value) && value.length() <= 128 && Require.printable(value),
                ErrorCode.VALIDATION_FAILED, "postId must be 1 to 128 printable characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
