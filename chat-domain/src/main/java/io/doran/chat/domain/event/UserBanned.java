package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/**
 * A moderator banned a user from a room (issue 18); {@code reason} and {@code until} are {@code null} when not given
 * (a ban without {@code until} is for good). The user's removal follows as its own events.
 */
public record UserBanned(RoomId roomId, UserId userId, UserId by, String reason, Instant until, Instant at)
        implements RoomEvent {
}
