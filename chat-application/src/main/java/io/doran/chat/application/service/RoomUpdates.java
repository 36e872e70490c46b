package io.doran.chat.application.service;

import io.doran.chat.application.port.out.ConcurrentRoomUpdateException;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import java.util.function.Function;

/**
 * Load, change, compare-and-set a room, retrying a bounded number of times when another writer won
 * the race; after that the caller gets {@code CONFLICT}. The change runs again on fresh state each try,
 * so its permission checks always see the room as stored.
 */
final class RoomUpdates {

    static final int MAX_ATTEMPTS = 5;

    private final RoomRepository rooms;

    RoomUpdates(RoomRepository rooms) {
        this.rooms = rooms;
    }

    ChatRoom load(RoomId roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new ChatException(ErrorCode.ROOM_NOT_FOUND));
    }

    /**
     * Applies {@code change} and stores the room; returns the changed room and what the change returned.
     * A room the change left empty is not stored: the caller deletes it.
     */
    <R> Changed<R> update(RoomId roomId, Function<ChatRoom, R> change) {
        for (int attempt = 1; ; attempt++) {
            ChatRoom room = load(roomId);
            R result = change.apply(room);
            if (room.isEmpty()) {
                return new Changed<>(room, result);
            }
            try {
                rooms.update(room);
                return new Changed<>(room, result);
            } catch (ConcurrentRoomUpdateException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new ChatException(ErrorCode.CONFLICT);
                }
            }
        }
    }

    /** A room after a change, and what the change returned. */
    record Changed<R>(ChatRoom room, R result) {
    }
}
