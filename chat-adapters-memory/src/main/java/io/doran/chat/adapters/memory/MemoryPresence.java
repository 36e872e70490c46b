package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.PresenceStatus;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Presence of one node in memory: a user is online while they have a registered connection. */
public class MemoryPresence implements Presence {

    private record State(Set<ConnectionId> connections, Instant lastSeen) {
    }

    private final Map<UserId, State> users = new ConcurrentHashMap<>();

    @Override
    public boolean connected(UserId user, ConnectionId connection, Instant now) {
        boolean[] first = {false};
        users.compute(user, (u, state) -> {
            Set<ConnectionId> connections = state == null ? new HashSet<>() : new HashSet<>(state.connections());
            first[0] = connections.isEmpty();
            connections.add(connection);
            return new State(Set.copyOf(connections), now);
        });
        return first[0];
    }

    @Override
    public boolean disconnected(UserId user, ConnectionId connection, Instant now) {
        boolean[] last = {false};
        users.computeIfPresent(user, (u, state) -> {
            Set<ConnectionId> connections = new HashSet<>(state.connections());
            boolean removed = connections.remove(connection);
            last[0] = removed && connections.isEmpty();
            return new State(Set.copyOf(connections), now);
        });
        return last[0];
    }

    @Override
    public void heartbeat(Collection<Registration> alive, Instant now) {
        for (Registration registration : alive) {
            users.computeIfPresent(registration.user(), (u, state) -> state.connections().contains(registration.connection())
                    ? new State(state.connections(), now) : state);
        }
    }

    @Override
    public PresenceStatus find(UserId user) {
        State state = users.get(user);
        if (state == null) {
            return new PresenceStatus(user, false, Optional.empty());
        }
        return new PresenceStatus(user, !state.connections().isEmpty(), Optional.of(state.lastSeen()));
    }
}
