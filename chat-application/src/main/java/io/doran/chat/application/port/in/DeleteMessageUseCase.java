package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** The author, or a moderator, soft-deletes a message (000, 002). */
public interface DeleteMessageUseCase {

    void delete(UserId actor, RoomId roomId, MessageId messageId);

    /** The same, when only the message's id is known (002 {@code DELETE /api/messages/{messageId}}). */
    void delete(UserId actor, MessageId messageId);
}
