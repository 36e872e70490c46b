package io.doran.chat.domain.message;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code @name} tokens of a text (mentions, issue 18), in the order first written: a token runs from an
 * {@code @} at the start of the text or after whitespace to the next whitespace. Each token is offered as written
 * and without trailing punctuation ({@code "@ann,"} offers {@code "ann,"} and {@code "ann"}), so that a user id
 * that ends in punctuation is found as well as one followed by it. Which tokens name someone is the room's rule.
 */
public final class MentionTokens {

    /** The token that mentions everyone in the room. */
    public static final String ROOM = "room";

    private static final String TRAILING = ".,!?;:)]}'\"…";

    private MentionTokens() {
    }

    public static Set<String> in(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null) {
            return tokens;
        }
        int i = 0;
        while (i < text.length()) {
            int at = text.indexOf('@', i);
            if (at < 0) {
                break;
            }
            int end = at + 1;
            while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            boolean startsToken = at == 0 || Character.isWhitespace(text.codePointBefore(at));
            String token = text.substring(at + 1, end);
            if (startsToken && !token.isEmpty()) {
                tokens.add(token);
                String trimmed = token;
                while (!trimmed.isEmpty() && TRAILING.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
                    trimmed = trimmed.substring(0, trimmed.length() - 1);
                    if (!trimmed.isEmpty()) {
                        tokens.add(trimmed);
                    }
                }
            }
            i = Math.max(end, at + 1);
        }
        return tokens;
    }
}
