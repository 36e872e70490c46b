package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.Locale;

/** Who may read a room's history: participants only ({@code private}, the default) or anyone (002). */
public enum Visibility {
    PRIVATE,
    PUBLIC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String text) {
        if (text != null) {
            for (Visibility visibility : values()) {
                if (visibility.wireName().equalsIgnoreCase(text.strip())) {
                    return visibility;
                }
            }
        }
        throw new ChatException(ErrorCode.VALIDATION_FAILED, "visibility must be private or public");
    }
}
