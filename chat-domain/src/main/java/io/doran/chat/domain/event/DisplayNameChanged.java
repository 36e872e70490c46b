package io.doran.chat.domain.event;

import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A participant set (or cleared) their per-room display name. */
public record DisplayNameChanged(RoomId roomId, UserId userId, DisplayName displayName, Instant at) implements RoomEvent {
}
