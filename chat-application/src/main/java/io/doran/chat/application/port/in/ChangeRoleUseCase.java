package io.doran.chat.application.port.in;

import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** The admin changes a participant's role (000). */
public interface ChangeRoleUseCase {

    RoomView changeRole(UserId actor, RoomId roomId, UserId target, Role role);
}
