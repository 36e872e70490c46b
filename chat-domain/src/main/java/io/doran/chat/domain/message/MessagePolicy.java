package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;
import java.util.Optional;

/**
 * Builds message bodies from what a client sent, with the configured text limit (002: 1000 code
 * points by default). Text needs content; an image needs an {@code imageUrl} and may carry a caption;
 * an emoji message holds emoji only; {@code system} is not a type users may send.
 */
public record MessagePolicy(int maxTextLength) {

    public static final int DEFAULT_MAX_TEXT_LENGTH = 1000;

    public MessagePolicy {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive: " + maxTextLength);
        }
    }

    public static MessagePolicy defaults() {
        return new MessagePolicy(DEFAULT_MAX_TEXT_LENGTH);
    }

    /** The body a user asked to send; {@code type} {@code null} means text. */
    public MessageBody body(String type, String content, String imageUrl) {
        return switch (MessageType.parse(type)) {
            case TEXT -> new MessageBody.Text(content(content));
            case IMAGE -> new MessageBody.Image(new ImageUrl(imageUrl),
                    content == null || Require.invisible(content) ? Optional.empty() : Optional.of(content(content)));
            case EMOJI -> new MessageBody.EmojiBody(emoji(content));
            case SYSTEM -> throw new ChatException(ErrorCode.INVALID_MESSAGE_TYPE);
        };
    }

    /** A system notice's body (internal API only). */
    public MessageBody.SystemNotice systemNotice(String content) {
        return new MessageBody.SystemNotice(content(content));
    }

    /** Text content within the limit, for sends and edits. */
    public MessageContent content(String raw) {
        return MessageContent.of(raw, maxTextLength);
    }

    private static Emoji emoji(String raw) {
        Require.wellFormed(raw, "content");
        if (raw == null || Require.invisible(raw)) {
            throw new ChatException(ErrorCode.EMPTY_CONTENT);
        }
        return new Emoji(raw);
    }
}
