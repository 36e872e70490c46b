package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A participant started or stopped typing in a live room. */
public record TypingChanged(RoomId roomId, UserId userId, boolean typing, Instant at) implements RoomEvent {
}
