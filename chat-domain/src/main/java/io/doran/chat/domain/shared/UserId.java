package io.doran.chat.domain.shared;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * Who a user is: the {@code sub} of a verified credential (SPEC §2), never a value a client may
 * choose for someone else. 1–128 characters of valid Unicode, no control characters, and nothing
 * invisible (whitespace, zero-width or direction marks) at either end. An id is taken exactly as it
 * comes, never trimmed: {@code " ann"} is refused, so it can never turn into {@code ann}.
 */
public record UserId(String value) {

    public static final int MAX_LENGTH = 128;

    public UserId {
        Require.that(value != null, ErrorCode.VALIDATION_FAILED, "userId is required");
        Require.that(!value.isEmpty() && value.length() <= MAX_LENGTH, ErrorCode.VALIDATION_FAILED,
                "userId must be 1 to " + MAX_LENGTH + " characters");
        Require.wellFormed(value, "userId");
        Require.that(Require.printable(value), ErrorCode.VALIDATION_FAILED, "userId must not hold control characters");
        Require.that(!Require.invisible(value.codePointAt(0)) && !Require.invisible(value.codePointBefore(value.length())),
                ErrorCode.VALIDATION_FAILED, "userId must not start or end with whitespace or invisible characters");
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
