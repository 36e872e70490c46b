package io.doran.chat.domain.live;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A room while clients are connected to it on this node (000): the lifecycle state machine
 * {@code creating → active → idle → closing → closed}. The first join creates it; when the last
 * connection leaves it goes idle and its deadline is set; a join while idle makes it active again; at
 * the deadline it goes closing (joins refused) and then closed. Time comes in as the {@code Instant}s
 * its callers pass, from an injected clock. Not thread-safe: callers serialize access per room.
 */
public final class LiveRoom {

    private final RoomId roomId;
    private final Duration idleTimeout;
    private final Map<ConnectionId, UserId> connections = new LinkedHashMap<>();
    private final Map<UserId, Integer> connectionsPerUser = new HashMap<>();
    private LiveRoomState state = LiveRoomState.CREATING;
    private Instant idleDeadline;

    public LiveRoom(RoomId roomId, Duration idleTimeout) {
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        if (idleTimeout == null || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout must not be negative");
        }
        this.idleTimeout = idleTimeout;
    }

    /**
     * Adds {@code connection} of {@code user}; the room becomes (or stays) active. A closing or closed
     * room refuses with {@code ROOM_CLOSING}. Returns true when {@code user} was not a member before
     * (their first connection here), false otherwise, and false when the connection had already joined.
     */
    public boolean join(ConnectionId connection, UserId user, Instant now) {
        if (state == LiveRoomState.CLOSING || state == LiveRoomState.CLOSED) {
            throw new ChatException(ErrorCode.ROOM_CLOSING);
        }
        state = LiveRoomState.ACTIVE;
        idleDeadline = null;
        if (connections.containsKey(connection)) {
            return false;
        }
        connections.put(connection, user);
        return connectionsPerUser.merge(user, 1, Integer::sum) == 1;
    }

    /**
     * Removes {@code connection}. Returns true when its user has no connection left here. When no
     * connection remains, the room goes idle until {@code now + idleTimeout}. An unknown connection
     * changes nothing.
     */
    public boolean leave(ConnectionId connection, Instant now) {
        UserId user = connections.remove(connection);
        if (user == null) {
            return false;
        }
        boolean userGone = connectionsPerUser.merge(user, -1, Integer::sum) == 0;
        if (userGone) {
            connectionsPerUser.remove(user);
        }
        if (connections.isEmpty() && state == LiveRoomState.ACTIVE) {
            state = LiveRoomState.IDLE;
            idleDeadline = now.plus(idleTimeout);
        }
        return userGone;
    }

    /** When idle past its deadline, the room starts closing: returns true on that transition. */
    public boolean expireIfIdle(Instant now) {
        if (state == LiveRoomState.IDLE && !now.isBefore(idleDeadline)) {
            state = LiveRoomState.CLOSING;
            idleDeadline = null;
            return true;
        }
        return false;
    }

    /** A closing room, its resources released, is closed; from any other state this is a bug. */
    public void close() {
        if (state != LiveRoomState.CLOSING) {
            throw new IllegalStateException("a live room closes only from CLOSING, not " + state);
        }
        state = LiveRoomState.CLOSED;
    }

    public RoomId roomId() {
        return roomId;
    }

    public LiveRoomState state() {
        return state;
    }

    /** Connected users, each counted once however many connections they have. */
    public int memberCount() {
        return connectionsPerUser.size();
    }

    public int connectionCount() {
        return connections.size();
    }

    public Set<UserId> members() {
        return Set.copyOf(connectionsPerUser.keySet());
    }

    public Set<ConnectionId> connections() {
        return Set.copyOf(connections.keySet());
    }

    /** The connections of {@code user} in this room. */
    public Collection<ConnectionId> connectionsOf(UserId user) {
        return connections.entrySet().stream().filter(e -> e.getValue().equals(user)).map(Map.Entry::getKey).toList();
    }

    public Optional<UserId> userOf(ConnectionId connection) {
        return Optional.ofNullable(connections.get(connection));
    }

    public boolean hasConnection(ConnectionId connection) {
        return connections.containsKey(connection);
    }

    public Optional<Instant> idleDeadline() {
        return Optional.ofNullable(idleDeadline);
    }
}
