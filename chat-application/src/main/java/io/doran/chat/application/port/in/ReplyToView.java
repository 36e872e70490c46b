package io.doran.chat.application.port.in;

/**
 * The message a reply answers, as clients see it (threads, issue 18): its id, its author, and the first 100
 * characters of its text, or {@code null} when it has no text or was deleted.
 */
public record ReplyToView(String messageId, String userId, String excerpt) {
}
