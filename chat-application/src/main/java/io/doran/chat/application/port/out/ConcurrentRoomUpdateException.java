package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.RoomId;

/** A room write lost a race: the stored version was not the one the writer loaded. Services retry. */
public class ConcurrentRoomUpdateException extends RuntimeException {

    public ConcurrentRoomUpdateException(RoomId roomId, long expectedVersion) {
        super("room " + roomId + " is no longer at version " + expectedVersion, null, false, false);
    }
}
