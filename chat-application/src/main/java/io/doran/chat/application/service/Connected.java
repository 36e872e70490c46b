package io.doran.chat.application.service;

import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connection of this node: its personal-event subscription, the live rooms it joined, where the others were told
 * it is typing (since when), and when its last "is typing" indicator went out in each room — kept after it
 * stopped, so that typing on and off cannot send more than one "is typing" a second.
 */
record Connected(LiveConnection connection, Subscription personal, Set<RoomId> rooms, Map<RoomId, Instant> typingIn,
                 Map<RoomId, Instant> typingAnnounced) {

    Connected(LiveConnection connection, Subscription personal) {
        this(connection, personal, ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    ConnectionId id() {
        return connection.id();
    }

    UserId userId() {
        return connection.userId();
    }
}
