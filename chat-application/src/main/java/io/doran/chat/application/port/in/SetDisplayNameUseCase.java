package io.doran.chat.application.port.in;

import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** A participant sets (or clears, with an empty name) their own display name in a room (000). */
public interface SetDisplayNameUseCase {

    RoomView setDisplayName(UserId actor, RoomId roomId, UserId target, DisplayName displayName);
}
