package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** A participant marks a message read (000); the marker only moves forward. Returns the unread count after. */
public interface MarkReadUseCase {

    int markRead(UserId actor, RoomId roomId, MessageId messageId);
}
