package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** Whether a user is online and when they were last seen (002, 004). */
public record PresenceStatus(UserId userId, boolean online, Optional<Instant> lastSeen) {
}
