package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.UserId;
import java.util.Objects;

/**
 * The message a reply answers (threads, issue 18): its id, its author and an excerpt of its text, the first
 * {@value #EXCERPT_LENGTH} characters as it read when the reply was posted ({@code null} for a message without
 * text, and shown as {@code null} once the parent was deleted).
 */
public record ReplyTo(MessageId messageId, UserId userId, String excerpt) {

    /** How many characters (code points) of the parent's text a reply quotes. */
    public static final int EXCERPT_LENGTH = 100;

    public ReplyTo {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(userId, "userId");
        if (excerpt != null && excerpt.codePointCount(0, excerpt.length()) > EXCERPT_LENGTH) {
            throw new IllegalArgumentException("an excerpt has at most " + EXCERPT_LENGTH + " characters");
        }
    }

    /** A reply to {@code parent}, quoting the start of its text. */
    public static ReplyTo of(Message parent) {
        return new ReplyTo(parent.id(), parent.authorId(), parent.content().map(ReplyTo::excerpt).orElse(null));
    }

    /** The same reference without its excerpt: how a reply shows a parent that was deleted. */
    public ReplyTo withoutExcerpt() {
        return new ReplyTo(messageId, userId, null);
    }

    /** The first {@value #EXCERPT_LENGTH} characters of {@code text}: what a reply or a notification quotes. */
    public static String excerptOf(String text) {
        return excerpt(text);
    }

    private static String excerpt(String text) {
        return text.codePointCount(0, text.length()) <= EXCERPT_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH));
    }
}
