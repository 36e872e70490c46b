package io.doran.chat.application.port.in;

import java.time.Instant;

/** A participant with the resolved display name (room name → directory name → user id, 000). */
public record ParticipantView(String userId, String displayName, String role, Instant joinedAt) {
}
