package io.doran.chat.application.port.in;

import io.doran.chat.domain.message.MessageId;
import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;

/** A participant marks a message read (000); the marker only moves forward. Returns the unread count after. */
public interface MarkReadUseCase {

    int markRead(UserId actor, RoomId roomId, MessageId messageId);
}
