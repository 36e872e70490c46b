package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import java.util.List;

/** A user lists their rooms, newest activity first, with last message and unread count (000, 001). */
public interface ListMyRoomsUseCase {

    List<RoomSummaryView> listRooms(UserId caller);
}
