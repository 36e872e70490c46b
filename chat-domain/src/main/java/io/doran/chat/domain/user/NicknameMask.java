package io.doran.chat.domain.user;

/**
 * Masks a nickname for others to see (000): the first character stays, every further character
 * becomes {@code *} ("김철수" → "김**"). Characters are code points, so an emoji counts once.
 */
public final class NicknameMask {

    private NicknameMask() {
    }

    public static String of(String nickname) {
        if (nickname == null || nickname.isEmpty()) {
            return "";
        }
        int first = nickname.codePointAt(0);
        int rest = nickname.codePointCount(0, nickname.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append("*".repeat(rest)).toString();
    }
}
