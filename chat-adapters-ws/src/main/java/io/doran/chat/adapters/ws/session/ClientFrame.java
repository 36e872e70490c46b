package io.doran.chat.adapters.ws.session;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.Optional;

/**
 * What a client asks of a live session (SPEC §5), whatever the transport: the {@code /chat} frames read by
 * Jackson by their {@code type}, Socket.IO events mapped onto the same records. A missing required field is
 * {@code MALFORMED_FRAME}; a field of the wrong JSON type is refused by the transport's reader before a record
 * exists. {@code ref} is the client's reference for the reply, when it gave one.
 */
public sealed interface ClientFrame {

    Ref ref();

    record Authenticate(String token, Ref ref) implements ClientFrame {
        public Authenticate {
            required(token, "token");
        }
    }

    record JoinRoom(RoomId roomId, Optional<MessageId> lastMessageId, Ref ref) implements ClientFrame {
        public JoinRoom {
            required(roomId, "roomId");
            lastMessageId = lastMessageId == null ? Optional.empty() : lastMessageId;
        }
    }

    record LeaveRoom(RoomId roomId, Ref ref) implements ClientFrame {
        public LeaveRoom {
            required(roomId, "roomId");
        }
    }

    /** {@code messageType} absent means text (SPEC §5); with {@code replyTo}, a reply to that message (issue 18). */
    record SendMessage(RoomId roomId, String messageType, String content, String imageUrl,
                       Optional<ClientMessageId> clientMessageId, Optional<MessageId> replyTo, Ref ref)
            implements ClientFrame {
        public SendMessage {
            required(roomId, "roomId");
            clientMessageId = clientMessageId == null ? Optional.empty() : clientMessageId;
            replyTo = replyTo == null ? Optional.empty() : replyTo;
        }

        /** A message that replies to nothing. */
        public SendMessage(RoomId roomId, String messageType, String content, String imageUrl,
                           Optional<ClientMessageId> clientMessageId, Ref ref) {
            this(roomId, messageType, content, imageUrl, clientMessageId, Optional.empty(), ref);
        }
    }

    record EditMessage(RoomId roomId, MessageId messageId, String content, Ref ref) implements ClientFrame {
        public EditMessage {
            required(roomId, "roomId");
            required(messageId, "messageId");
            required(content, "content");
        }
    }

    record DeleteMessage(RoomId roomId, MessageId messageId, Ref ref) implements ClientFrame {
        public DeleteMessage {
            required(roomId, "roomId");
            required(messageId, "messageId");
        }
    }

    record React(RoomId roomId, MessageId messageId, String kind, Boolean on, Ref ref) implements ClientFrame {
        public React {
            required(roomId, "roomId");
            required(messageId, "messageId");
            required(kind, "kind");
            required(on, "on");
        }
    }

    record Read(RoomId roomId, MessageId messageId, Ref ref) implements ClientFrame {
        public Read {
            required(roomId, "roomId");
            required(messageId, "messageId");
        }
    }

    record Typing(RoomId roomId, Boolean isTyping, Ref ref) implements ClientFrame {
        public Typing {
            required(roomId, "roomId");
            required(isTyping, "isTyping");
        }
    }

    record Ping(Ref ref) implements ClientFrame {
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new ChatException(ErrorCode.MALFORMED_FRAME, field + " is required");
        }
    }
}
