package io.doran.chat.application.port.in;

import java.time.Instant;

/** Online or offline, and when last seen (002, 004). */
public record PresenceView(String userId, boolean online, Instant lastSeen) {
}
