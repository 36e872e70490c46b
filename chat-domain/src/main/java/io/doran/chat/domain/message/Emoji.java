package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;
import java.util.regex.Pattern;

/**
 * An emoji message's content (002): 1–32 code points, every one an emoji or an emoji component (zero
 * width joiner, variation selector, skin tone, regional indicator, keycap), at least one of them
 * pictographic; digits, {@code #} and {@code *} only as keycaps — so "👍", "👨‍👩‍👧", "🇰🇷" and "1️⃣"
 * pass and "hello", "1" or a lone keycap mark do not.
 */
public record Emoji(String value) {

    public static final int MAX_CODE_POINTS = 32;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** A keycap: 0-9, # or *, an optional VS16, then the combining enclosing keycap. */
    private static final Pattern KEYCAP = Pattern.compile("[0-9#*]\uFE0F?\u20E3");

    public Emoji {
        if (value == null || !isEmoji(value.strip())) {
            throw new ChatException(ErrorCode.INVALID_EMOJI);
        }
        value = value.strip();
    }

    private static boolean isEmoji(String text) {
        int length = Require.codePoints(text);
        if (length == 0 || length > MAX_CODE_POINTS) {
            return false;
        }
        boolean hasKeycap = KEYCAP.matcher(text).find();
        String rest = KEYCAP.matcher(text).replaceAll("");
        boolean pictographic = hasKeycap
                || rest.codePoints().anyMatch(cp -> Character.isExtendedPictographic(cp) || isRegionalIndicator(cp));
        boolean onlyEmoji = rest.codePoints().allMatch(cp -> cp > 0x7F
                && (Character.isEmoji(cp) || Character.isEmojiComponent(cp) || cp == ZERO_WIDTH_JOINER
                || (cp >= 0xFE00 && cp <= 0xFE0F)));
        return pictographic && onlyEmoji;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    @Override
    public String toString() {
        return value;
    }
}
