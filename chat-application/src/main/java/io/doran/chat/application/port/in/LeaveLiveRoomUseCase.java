package io.doran.chat.application.port.in;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;

/** A connection leaves a room's live stream; its typing indicator is cleared (000). */
public interface LeaveLiveRoomUseCase {

    void leave(ConnectionId connection, RoomId roomId);
}
