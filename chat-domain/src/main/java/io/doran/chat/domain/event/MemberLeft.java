package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user's last connection left a live room. */
public record MemberLeft(RoomId roomId, UserId userId, int memberCount, Instant at) implements RoomEvent {
}
