package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user's first connection joined a live room; {@code memberCount} counts connected users. */
public record MemberJoined(RoomId roomId, UserId userId, int memberCount, Instant at) implements RoomEvent {
}
