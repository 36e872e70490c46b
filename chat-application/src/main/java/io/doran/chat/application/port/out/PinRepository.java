package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;

/** Where a room's pinned messages are kept (pins, issue 18). */
public interface PinRepository {

    /** Pins the message; false, and the first pin kept, when it was pinned already. */
    boolean add(Pin pin);

    /** Unpins the message; false when it was not pinned. */
    boolean remove(RoomId roomId, MessageId messageId);

    /** The room's pins, the most recently pinned first. */
    List<Pin> list(RoomId roomId);

    /** How many messages the room has pinned. */
    int count(RoomId roomId);

    /** Forgets the pins of a deleted room. */
    void deleteRoom(RoomId roomId);
}
