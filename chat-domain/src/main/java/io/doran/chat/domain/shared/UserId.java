package io.doran.chat.domain.shared;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * Who a user is: the {@code sub} of a verified credential (SPEC §2), never a value a client may
 * choose for someone else. Trimmed, 1–128 characters, no control characters.
 */
public record UserId(String value) {

    public static final int MAX_LENGTH = 128;

    public UserId {
        value = Require.trimmed(value, ErrorCode.VALIDATION_FAILED, "userId is required");
        Require.that(!value.isEmpty() && value.length() <= MAX_LENGTH && Require.printable(value),
                ErrorCode.VALIDATION_FAILED, "userId must be 1 to " + MAX_LENGTH + " printable characters");
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
