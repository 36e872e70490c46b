package io.doran.chat.application.port.in;

import java.time.Instant;

/**
 * A participant with the resolved display name (room name → directory name → user id, 000), and the
 * per-room name itself ({@code roomDisplayName}, 000's {@code edited_name}: empty when unset).
 */
public record ParticipantView(String userId, String displayName, String role, Instant joinedAt,
                              String roomDisplayName) {
}
