package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Live-room membership of the one node of the embedded default. */
public class MemoryRoomMembers implements RoomMembers {

    private final Map<RoomId, Map<UserId, Set<ConnectionId>>> rooms = new ConcurrentHashMap<>();

    @Override
    public Membership join(RoomId roomId, UserId user, ConnectionId connection) {
        Map<UserId, Set<ConnectionId>> room = rooms.computeIfAbsent(roomId, r -> new HashMap<>());
        synchronized (room) {
            boolean first = !room.containsKey(user);
            room.computeIfAbsent(user, u -> new HashSet<>()).add(connection);
            return new Membership(first, room.size());
        }
    }

    @Override
    public Membership leave(RoomId roomId, UserId user, ConnectionId connection) {
        Map<UserId, Set<ConnectionId>> room = rooms.computeIfAbsent(roomId, r -> new HashMap<>());
        synchronized (room) {
            Set<ConnectionId> connections = room.get(user);
            boolean last = connections != null && connections.remove(connection) && connections.isEmpty();
            if (last) {
                room.remove(user);
            }
            return new Membership(last, room.size());
        }
    }

    @Override
    public Set<UserId> members(RoomId roomId) {
        Map<UserId, Set<ConnectionId>> room = rooms.get(roomId);
        if (room == null) {
            return Set.of();
        }
        synchronized (room) {
            return Set.copyOf(room.keySet());
        }
    }

    @Override
    public void heartbeat(Collection<Registration> alive) {
        // One node: registrations never lapse.
    }
}
