package io.doran.chat.domain.event;

import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A participant's role changed, by an admin or by last-admin promotion. */
public record RoleChanged(RoomId roomId, UserId userId, Role role, UserId by, Instant at) implements RoomEvent {
}
