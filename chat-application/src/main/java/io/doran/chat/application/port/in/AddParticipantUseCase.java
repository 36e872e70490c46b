package io.doran.chat.application.port.in;

import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** A participant allowed to adds a user to the room, as member unless a role is given (000). */
public interface AddParticipantUseCase {

    RoomView addParticipant(UserId actor, RoomId roomId, UserId newcomer, Role role);
}
