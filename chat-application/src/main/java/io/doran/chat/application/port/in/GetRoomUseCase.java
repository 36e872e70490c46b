package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/** A participant (or anyone, for a public room) looks at a room and its participants (000, 001). */
public interface GetRoomUseCase {

    RoomView getRoom(Optional<UserId> viewer, RoomId roomId);
}
