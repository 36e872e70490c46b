package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** Another service takes a user out of a room (004 room-events removals); the room's connections hear it. */
public interface RemoveFromRoomByServiceUseCase {

    void removeFromRoom(RoomId roomId, UserId user);
}
