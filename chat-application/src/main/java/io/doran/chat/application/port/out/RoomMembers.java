package io.doran.chat.application.port.out;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.Set;

/**
 * Who is connected to each live room, across every node (SPEC §5, §7: member counts are
 * cluster-wide). A registration lapses unless refreshed by heartbeats, so a crashed node's connections
 * leave by themselves.
 */
public interface RoomMembers {

    /** Registers a connection; {@code changed} when it is the user's first in the room. */
    Membership join(RoomId roomId, UserId user, ConnectionId connection);

    /** Unregisters a connection; {@code changed} when it was the user's last in the room. */
    Membership leave(RoomId roomId, UserId user, ConnectionId connection);

    /** The users with at least one live connection to the room, on any node. */
    Set<UserId> members(RoomId roomId);

    /**
     * Keeps the registrations of {@code alive} alive — a node's connections in their rooms, all in one call; a
     * connection that is not registered in the room (it lapsed or left) stays unregistered.
     */
    void heartbeat(Collection<Registration> alive);

    /** A user's connection to a live room. */
    record Registration(RoomId roomId, UserId user, ConnectionId connection) {
    }

    /** Whether the user's membership changed, and how many users the room has now. */
    record Membership(boolean changed, int memberCount) {
    }
}
