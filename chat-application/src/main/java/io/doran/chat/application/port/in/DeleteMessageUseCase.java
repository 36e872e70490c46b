package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** The author, or a moderator, soft-deletes a message (000, 002). */
public interface DeleteMessageUseCase {

    void delete(UserId actor, RoomId roomId, MessageId messageId);
}
