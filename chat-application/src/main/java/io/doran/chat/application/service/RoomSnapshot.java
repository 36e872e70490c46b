package io.doran.chat.application.service;

import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A live room as this node last heard of it: the room, and until when its muted participants are muted when this
 * node knows them (empty when it does not: no moderation store).
 */
public record RoomSnapshot(ChatRoom room, Optional<Map<UserId, Instant>> mutedUntil) {

    /**
     * Whether, by this snapshot, {@code sender} may send in the room now: a participant, not muted. A "no" is not
     * final (the snapshot may not have heard of a change yet), nor is a "yes" when mutes are unknown.
     */
    boolean allowsToSend(UserId sender, Instant now) {
        if (mutedUntil.isEmpty() || !room.isParticipant(sender)) {
            return false;
        }
        Instant until = mutedUntil.get().get(sender);
        return until == null || !now.isBefore(until);
    }
}
