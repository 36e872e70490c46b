package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;

/**
 * Counts in query strings ({@code limit=}) as decimal digits only. Spring's own conversion of an {@code int}
 * parameter reads {@code 0x10} and {@code #10} as 16 and trims {@code " 5"}; a client that sends those meant
 * something else, so controllers take such parameters as text and read them here.
 */
public final class DecimalNumbers {

    private DecimalNumbers() {
    }

    /** {@code raw} as a count; absent or empty is {@code fallback}; anything but digits is {@code VALIDATION_FAILED}. */
    public static int count(String name, String raw, int fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, name + " must be a decimal number");
        }
        return Integer.parseInt(raw);
    }
}
