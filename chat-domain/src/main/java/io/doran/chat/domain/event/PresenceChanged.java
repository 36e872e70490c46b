package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user came online (first connection) or went offline (last connection gone). */
public record PresenceChanged(UserId userId, boolean online, Instant at) implements UserEvent {
}
