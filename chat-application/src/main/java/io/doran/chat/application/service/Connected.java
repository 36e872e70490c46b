package io.doran.chat.application.service;

import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A connection of this node: its personal-event subscription, the live rooms it joined and where it is typing. */
record Connected(LiveConnection connection, Subscription personal, Set<RoomId> rooms, Set<RoomId> typingIn) {

    Connected(LiveConnection connection, Subscription personal) {
        this(connection, personal, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
    }

    ConnectionId id() {
        return connection.id();
    }

    UserId userId() {
        return connection.userId();
    }
}
