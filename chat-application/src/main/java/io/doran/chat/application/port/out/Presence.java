package io.doran.chat.application.port.out;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

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

    /** Keeps a connection's registration alive. */
    void heartbeat(UserId user, ConnectionId connection, Instant now);

    PresenceStatus find(UserId user);
}
