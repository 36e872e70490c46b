package io.doran.chat.application.service;

import io.doran.chat.application.port.in.ConnectUseCase;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.DisconnectUseCase;
import io.doran.chat.application.port.in.KeepPresenceAliveUseCase;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.NotificationPushed;
import io.doran.chat.domain.event.PresenceChanged;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.event.UserStatusChanged;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The connections of this node and their users' presence (SPEC §5; 002, 004): a connection becomes reachable
 * for personal events (notifications, a suspension), its user comes online with their first connection
 * anywhere and goes offline with their last, and heartbeats keep both alive in shared stores.
 */
public final class LiveConnections implements ConnectUseCase, DisconnectUseCase, KeepPresenceAliveUseCase {

    private final Map<ConnectionId, Connected> connections = new ConcurrentHashMap<>();
    private final List<Consumer<Connected>> departures = new CopyOnWriteArrayList<>();
    private final Presence presence;
    private final RoomMembers members;
    private final UserEventBroadcaster userEvents;
    private final ConnectedStatuses statuses;
    private final Clock clock;

    public LiveConnections(Presence presence, RoomMembers members, UserEventBroadcaster userEvents,
                           UserStatuses statuses, Clock clock) {
        this.presence = presence;
        this.members = members;
        this.userEvents = userEvents;
        this.statuses = new ConnectedStatuses(statuses, clock);
        this.clock = clock;
    }

    /**
     * A suspended or deleted user may not connect (003). The user's status is read once their events are heard, and
     * from then on this node knows it without asking the store ({@link #statuses}).
     */
    @Override
    public void connect(LiveConnection connection) {
        UserId user = connection.userId();
        statuses.connecting(user);
        Subscription personal = null;
        try {
            personal = userEvents.subscribe(user, event -> onPersonalEvent(connection, event));
            if (!statuses.statusOf(user).mayConnect()) {
                throw new ChatException(ErrorCode.USER_SUSPENDED);
            }
            if (connections.putIfAbsent(connection.id(), new Connected(connection, personal)) != null) {
                throw new IllegalStateException("connection " + connection.id() + " is already connected");
            }
        } catch (RuntimeException e) {
            if (personal != null) {
                personal.close();
            }
            statuses.left(user);
            throw e;
        }
        Instant now = clock.instant();
        if (presence.connected(connection.userId(), connection.id(), now)) {
            userEvents.publish(new PresenceChanged(connection.userId(), true, now));
        }
    }

    /** The connection leaves every room it joined, and its user goes offline when it was their last one. */
    @Override
    public void disconnect(ConnectionId connectionId) {
        Connected connected = connections.remove(connectionId);
        if (connected == null) {
            return;
        }
        connected.personal().close();
        statuses.left(connected.userId());
        departures.forEach(departure -> departure.accept(connected));
        Instant now = clock.instant();
        if (presence.disconnected(connected.userId(), connectionId, now)) {
            userEvents.publish(new PresenceChanged(connected.userId(), false, now));
        }
    }

    /** Every connection of this node, and its place in each room it joined, refreshed in one call per store. */
    @Override
    public void keepPresenceAlive() {
        List<Presence.Registration> online = new ArrayList<>(connections.size());
        List<RoomMembers.Registration> inRooms = new ArrayList<>();
        for (Connected connected : connections.values()) {
            UserId user = connected.userId();
            online.add(new Presence.Registration(user, connected.id()));
            for (RoomId roomId : connected.rooms()) {
                inRooms.add(new RoomMembers.Registration(roomId, user, connected.id()));
            }
        }
        presence.heartbeat(online, clock.instant());
        members.heartbeat(inRooms);
    }

    /**
     * Users' statuses as this node knows them: a connected user's from their events, without a store read; anyone
     * else's from the store.
     */
    public UserStatuses statuses() {
        return statuses;
    }

    /** Runs {@code departure} for every connection that disconnects, before its user may go offline. */
    void whenDisconnected(Consumer<Connected> departure) {
        departures.add(departure);
    }

    Optional<Connected> find(ConnectionId connectionId) {
        return Optional.ofNullable(connections.get(connectionId));
    }

    /** The connected connection, or {@code UNAUTHORIZED} for one that never connected or is gone. */
    Connected require(ConnectionId connectionId) {
        Connected connected = connections.get(connectionId);
        if (connected == null) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
        return connected;
    }

    private void onPersonalEvent(LiveConnection connection, UserEvent event) {
        switch (event) {
            case NotificationPushed notification -> connection.deliver(new Delivery(
                    new LiveUpdate.Notification(notification.type(), notification.message(), notification.link(),
                            notification.roomId() == null ? null : notification.roomId().toString(),
                            notification.messageId() == null ? null : notification.messageId().asString())));
            case UserStatusChanged status -> {
                statuses.changed(status.userId(), status.status());
                if (!status.status().mayConnect()) {
                    connection.close(ErrorCode.USER_SUSPENDED);
                }
            }
            default -> {
            }
        }
    }
}
