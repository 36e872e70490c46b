package io.doran.chat.domain.message;

import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;
import java.time.Instant;

/**
 * How {@link ChatRoom} creates and soft-deletes messages, which it may do only after its own
 * permission checks. Public only because the room lives in another package: everything else creates
 * messages through {@link ChatRoom#post} and deletes them through {@link ChatRoom#deleteMessage}.
 */
public final class Messages {

    private Messages() {
    }

    /** A new message; {@link ChatRoom#post} has checked the sender. */
    public static Message create(MessageId id, RoomId roomId, UserId author, MessageBody body,
                                 ClientMessageId clientMessageId, Instant now) {
        return Message.create(id, roomId, author, body, clientMessageId, now);
    }

    /** The deleted version; {@link ChatRoom#deleteMessage} has checked the actor. */
    public static Message markDeleted(Message message, UserId by, Instant now) {
        return message.markDeleted(by, now);
    }
}
