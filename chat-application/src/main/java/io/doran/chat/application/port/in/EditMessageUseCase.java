package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** The author edits the text of their message (000). */
public interface EditMessageUseCase {

    MessageView edit(UserId actor, RoomId roomId, MessageId messageId, String content);
}
