package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/**
 * A user joins a room open to anyone (001) by themselves, as a member, and so may post in it; a room
 * they are already in is no change. Invite-only rooms refuse ({@code NOT_A_PARTICIPANT}).
 */
public interface JoinRoomUseCase {

    RoomView join(UserId user, RoomId roomId);
}
