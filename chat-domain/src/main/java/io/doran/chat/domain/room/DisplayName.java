package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * A participant's per-room display name (000 "edited_name"): trimmed, at most 50 characters, no
 * control characters; empty means "use the name from the user directory", and so does a name of
 * invisible characters only.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 50;
    private static final DisplayName UNSET = new DisplayName("");

    public DisplayName {
        value = value == null ? "" : value.strip();
        Require.wellFormed(value, "displayName");
        if (Require.invisible(value)) {
            value = "";
        }
        Require.that(Require.codePoints(value) <= MAX_LENGTH && Require.printable(value),
                ErrorCode.VALIDATION_FAILED, "displayName must be at most " + MAX_LENGTH + " printable characters");
    }

    public static DisplayName unset() {
        return UNSET;
    }

    public boolean isSet() {
        return !value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
