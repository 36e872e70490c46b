package io.doran.chat.application.port.out;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Collection;

/**
 * Who is online, cluster-wide (SPEC §6). A user is online while at least one of their connections is
 * registered; registrations expire unless refreshed by heartbeats, so a crashed node's users go
 * offline by themselves.
 */
public interface Presence {

    /** Registers a connection; true when it is the user's first (they just came online). */
    boolean connected(UserId user, ConnectionId connection, Instant now);

    /** Unregisters a connection; true when it was the user's last (they just went offline). */
    boolean disconnected(UserId user, ConnectionId connection, Instant now);

    /**
     * Keeps the registrations of {@code alive} alive — a node's connections, all in one call; a connection that is
     * not registered (it lapsed or left) stays unregistered.
     */
    void heartbeat(Collection<Registration> alive, Instant now);

    PresenceStatus find(UserId user);

    /** A user's connection. */
    record Registration(UserId user, ConnectionId connection) {
    }
}
