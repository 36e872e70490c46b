package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** The admin deletes the room with its messages (000). */
public interface DeleteRoomUseCase {

    void delete(UserId actor, RoomId roomId);
}
