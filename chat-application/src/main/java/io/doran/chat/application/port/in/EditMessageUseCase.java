package io.doran.chat.application.port.in;

import io.doran.chat.domain.message.MessageId;
import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;

/** The author edits the text of their message (000). */
public interface EditMessageUseCase {

    MessageView edit(UserId actor, RoomId roomId, MessageId messageId, String content);
}
