package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.regex.Pattern;

/** A kind of reaction such as {@code like} (000): lowercase letters, digits, {@code _} and {@code -}, up to 32. */
public record ReactionKind(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public ReactionKind {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new ChatException(ErrorCode.INVALID_REACTION);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
