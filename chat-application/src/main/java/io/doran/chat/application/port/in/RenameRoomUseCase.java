package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.UserId;

/** A participant allowed to renames the room (000). */
public interface RenameRoomUseCase {

    RoomView rename(UserId actor, RoomId roomId, RoomName name);
}
