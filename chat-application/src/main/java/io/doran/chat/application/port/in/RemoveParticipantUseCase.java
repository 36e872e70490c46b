package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/**
 * A participant leaves, or one allowed removes another (000). When the last admin goes, the
 * longest-standing participant becomes admin; when nobody is left, the room is deleted.
 */
public interface RemoveParticipantUseCase {

    void removeParticipant(UserId actor, RoomId roomId, UserId target);
}
