package io.doran.chat.domain.moderation;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.time.Duration;

/**
 * How long a ban or a mute lasts, in whole minutes (issue 18): 1 minute to 366 days; a ban may also have none (for
 * good), a mute may not.
 */
public final class ModerationTerm {

    public static final long MAX_MINUTES = 366L * 24 * 60;

    private ModerationTerm() {
    }

    /** {@code minutes} as a duration; out of range is {@code VALIDATION_FAILED}. */
    public static Duration minutes(long minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "minutes must be between 1 and " + MAX_MINUTES);
        }
        return Duration.ofMinutes(minutes);
    }
}
