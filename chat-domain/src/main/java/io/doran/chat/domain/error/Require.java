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

    /** Length in Unicode code points, the unit of every length rule (SPEC §3). */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
