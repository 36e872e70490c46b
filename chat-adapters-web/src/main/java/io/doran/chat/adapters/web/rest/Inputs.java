package io.doran.chat.adapters.web.rest;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/** Raw path, query and body values to domain values, refusing bad ones with {@code VALIDATION_FAILED}. */
final class Inputs {

    private Inputs() {
    }

    static RoomId roomId(String raw) {
        return RoomId.parse(raw);
    }

    static MessageId messageId(String raw) {
        return MessageId.parse(raw);
    }

    static UserId userId(String raw) {
        if (raw == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "userId is required");
        }
        return UserId.of(raw);
    }

    static Optional<MessageId> optionalMessageId(String raw) {
        return raw == null || raw.isEmpty() ? Optional.empty() : Optional.of(MessageId.parse(raw));
    }

    static Optional<ClientMessageId> clientMessageId(String raw) {
        return raw == null ? Optional.empty() : Optional.of(new ClientMessageId(raw));
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "a JSON body is required");
        }
        return body;
    }
}
