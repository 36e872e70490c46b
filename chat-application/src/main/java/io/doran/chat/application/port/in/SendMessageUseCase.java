package io.doran.chat.application.port.in;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant sends a message (000, 002): stored, then broadcast to the room. A repeated
 * {@code clientMessageId} within 24 h returns the first message instead of storing another.
 * The raw {@code messageType}, {@code content} and {@code imageUrl} are checked by the domain's policy.
 */
public interface SendMessageUseCase {

    MessageView send(Command command);

    /** With {@code replyTo}, the message is a reply to that message of the room (threads, issue 18). */
    record Command(UserId sender, RoomId roomId, String messageType, String content, String imageUrl,
                   Optional<ClientMessageId> clientMessageId, Optional<MessageId> replyTo) {

        public Command {
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(roomId, "roomId");
            clientMessageId = clientMessageId == null ? Optional.empty() : clientMessageId;
            replyTo = replyTo == null ? Optional.empty() : replyTo;
        }

        /** A message that replies to nothing. */
        public Command(UserId sender, RoomId roomId, String messageType, String content, String imageUrl,
                       Optional<ClientMessageId> clientMessageId) {
            this(sender, roomId, messageType, content, imageUrl, clientMessageId, Optional.empty());
        }
    }
}
