package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A user's membership of a room: role, per-room display name and when they joined (000). */
public record Participant(UserId userId, Role role, DisplayName displayName, Instant joinedAt) {

    /** Longest-standing first: the order of room listings and of last-admin promotion. */
    public static final Comparator<Participant> SENIORITY =
            Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.userId().value());

    public Participant {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? DisplayName.unset() : displayName;
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public Participant withRole(Role newRole) {
        return new Participant(userId, newRole, displayName, joinedAt);
    }

    public Participant withDisplayName(DisplayName newName) {
        return new Participant(userId, role, newName, joinedAt);
    }
}
