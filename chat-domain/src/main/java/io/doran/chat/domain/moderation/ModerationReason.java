package io.doran.chat.domain.moderation;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * Why a moderator banned someone or a participant reported a message (issue 18): trimmed, 1–500 characters, no
 * control characters; anything else is {@code VALIDATION_FAILED}.
 */
public record ModerationReason(String value) {

    public static final int MAX_LENGTH = 500;

    public ModerationReason {
        if (value == null || value.isBlank()) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "reason must not be empty");
        }
        value = value.strip();
        Require.wellFormed(value, "reason");
        if (Require.codePoints(value) > MAX_LENGTH || !Require.printable(value)) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "reason must be at most 500 printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
