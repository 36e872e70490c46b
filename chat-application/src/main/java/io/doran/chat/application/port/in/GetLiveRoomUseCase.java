package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/**
 * A participant looks at a room's live state before connecting (000 "채팅방 입장"): who is connected to it
 * now on any node and how many. Expired rooms refuse, as joining them does.
 */
public interface GetLiveRoomUseCase {

    LiveRoomView liveRoom(UserId viewer, RoomId roomId);
}
