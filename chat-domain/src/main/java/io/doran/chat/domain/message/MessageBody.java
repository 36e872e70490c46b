package io.doran.chat.domain.message;

import java.util.Objects;
import java.util.Optional;

/** What a message says, one variant per {@link MessageType} (000, 002, 004). */
public sealed interface MessageBody {

    MessageType type();

    /** A text message. */
    record Text(MessageContent content) implements MessageBody {
        public Text {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public MessageType type() {
            return MessageType.TEXT;
        }
    }

    /** An image message, with an optional caption. */
    record Image(ImageUrl url, Optional<MessageContent> caption) implements MessageBody {
        public Image {
            Objects.requireNonNull(url, "url");
            caption = caption == null ? Optional.empty() : caption;
        }

        @Override
        public MessageType type() {
            return MessageType.IMAGE;
        }
    }

    /** A message of one short emoji sequence. */
    record EmojiBody(Emoji emoji) implements MessageBody {
        public EmojiBody {
            Objects.requireNonNull(emoji, "emoji");
        }

        @Override
        public MessageType type() {
            return MessageType.EMOJI;
        }
    }

    /** A notice written by the system through the internal API (004). */
    record SystemNotice(MessageContent content) implements MessageBody {
        public SystemNotice {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public MessageType type() {
            return MessageType.SYSTEM;
        }
    }
}
