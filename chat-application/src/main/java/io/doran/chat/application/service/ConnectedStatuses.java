package io.doran.chat.application.service;

import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users' statuses as this node knows them, so that a send from a connected user reads no store (issue 17): for a user
 * with a connection here, the status read when they connected, kept current by the {@code UserStatusChanged} events
 * their connections receive, and read again when older than {@link #REFRESH} in case an event was lost (a broker
 * that reconnected); for anyone else, the store's. Changes go to the store, and reach every node as events.
 *
 * <p>A connection registers before it subscribes to its user's events and reads the status after: an event that
 * arrives while the read is under way is newer than what the read may return, and the read does not overwrite it.
 */
final class ConnectedStatuses implements UserStatuses {

    /** How long a status this node holds is trusted without reading it again. */
    static final Duration REFRESH = Duration.ofSeconds(60);

    /** A connected user's status ({@code null} until read or told), since when, and their connections here. */
    private record Known(UserStatus status, Instant since, int connections) {
    }

    private final UserStatuses store;
    private final Clock clock;
    private final Map<UserId, Known> known = new ConcurrentHashMap<>();

    ConnectedStatuses(UserStatuses store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A connection of {@code user} opens here: call it before the connection subscribes to the user's events, then
     * {@link #statusOf} once it has, and {@link #left} when it goes.
     */
    void connecting(UserId user) {
        known.merge(user, new Known(null, clock.instant(), 1),
                (held, added) -> new Known(held.status(), held.since(), held.connections() + 1));
    }

    /** An event told this node the user's new status. */
    void changed(UserId user, UserStatus status) {
        Instant now = clock.instant();
        known.computeIfPresent(user, (u, k) -> new Known(status, now, k.connections()));
    }

    /** A connection of {@code user} closed (or did not open): the last one takes what this node held with it. */
    void left(UserId user) {
        known.computeIfPresent(user, (u, k) -> k.connections() <= 1 ? null : new Known(k.status(), k.since(), k.connections() - 1));
    }

    @Override
    public UserStatus statusOf(UserId user) {
        Known held = known.get(user);
        if (held == null) {
            return store.statusOf(user);
        }
        if (held.status() != null && held.since().plus(REFRESH).isAfter(clock.instant())) {
            return held.status();
        }
        UserStatus read = store.statusOf(user);
        Instant now = clock.instant();
        // Kept unless the entry changed meanwhile: an event that came during the read is newer than the read.
        known.computeIfPresent(user, (u, k) -> k == held ? new Known(read, now, k.connections()) : k);
        return read;
    }

    @Override
    public void set(UserId user, UserStatus status) {
        store.set(user, status);
    }
}
