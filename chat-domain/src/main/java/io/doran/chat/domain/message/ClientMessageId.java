package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * The id a client gives a send so that a retry does not store the message twice (002): trimmed,
 * 1–64 printable characters.
 */
public record ClientMessageId(String value) {

    public static final int MAX_LENGTH = 64;

    public ClientMessageId {
        value = Require.trimmed(value, ErrorCode.VALIDATION_FAILED, "clientMessageId is required");
        Require.wellFormed(value, "clientMessageId");
        Require.that(!value.isEmpty() && value.length() <= MAX_LENGTH && Require.printable(value),
                ErrorCode.VALIDATION_FAILED, "clientMessageId must be 1 to " + MAX_LENGTH + " printable characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
