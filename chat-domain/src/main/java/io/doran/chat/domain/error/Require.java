package io.doran.chat.domain.error;

/** Small guards the value types share; each refuses with a {@link ChatException}. */
public final class Require {

    private Require() {
    }

    /** Fails with {@code code} unless {@code condition} holds. */
    public static void that(boolean condition, ErrorCode code, Object... args) {
        if (!condition) {
            throw new ChatException(code, args);
        }
    }

    /** The trimmed text, or the refusal {@code code} when it is null. */
    public static String trimmed(String raw, ErrorCode code, Object... args) {
        if (raw == null) {
            throw new ChatException(code, args);
        }
        return raw.strip();
    }

    /** True when the text has no ISO control character. */
    public static boolean printable(String text) {
        return text.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * True when every surrogate is half of a pair: text that UTF-8 — and so every store and wire — can
     * keep as it is. A lone surrogate ({@code "x\uD800y"}, from a JSON escape) has no UTF-8 form: a store
     * would keep {@code "x?y"}.
     */
    public static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses text with a lone surrogate with {@code VALIDATION_FAILED}, naming the {@code field}. */
    public static void wellFormed(String text, String field) {
        that(text == null || wellFormed(text), ErrorCode.VALIDATION_FAILED,
                field + " must be valid Unicode text (no unpaired surrogates)");
    }

    /**
     * True when the text shows nothing: it is empty or holds only whitespace and space separators, control
     * and format characters (zero-width space and joiners, BOM, direction marks and embeddings, soft hyphen),
     * variation selectors and fillers. Such text counts as empty wherever text may not be.
     */
    public static boolean invisible(String text) {
        return text.codePoints().allMatch(Require::invisible);
    }

    /** True for a code point that shows nothing on its own (see {@link #invisible(String)}). */
    public static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x034F                                    // combining grapheme joiner
                || codePoint == 0x115F || codePoint == 0x1160             // Hangul choseong / jungseong fillers
                || codePoint == 0x17B4 || codePoint == 0x17B5             // Khmer inherent vowels
                || (codePoint >= 0x180B && codePoint <= 0x180F)           // Mongolian variation selectors
                || codePoint == 0x2800                                    // Braille pattern blank
                || codePoint == 0x3164 || codePoint == 0xFFA0             // Hangul fillers
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)           // variation selectors
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);        // variation selectors supplement
    }

    /** Length in Unicode code points, the unit of every length rule (SPEC §3). */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
