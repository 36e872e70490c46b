package io.doran.chat.application.service;

import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.PresenceChanged;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Hands what a room's broadcast says to the right local connections (SPEC §5, §7), on the thread that heard it,
 * without any I/O: the update was resolved by the node that published it, recipients come from the live room,
 * and each delivery is one shared {@link Delivery} that every transport encodes once. Connections of a removed
 * participant or of a deleted room are taken out of the live room and told {@code room-left}; their shared
 * registrations are cleaned up in the background, off the delivering thread. A new message's fan-out is timed from
 * the moment it became durable to its hand-over to the last local recipient ({@link ChatMetrics#broadcastHanded}).
 */
final class FanOut {

    private final LiveConnections connections;
    private final RoomMembers members;
    private final ParticipantIndex index;
    private final Function<RoomId, Live> liveRooms;
    private final Executor background;
    private final ChatMetrics metrics;
    private final Clock clock;

    FanOut(LiveConnections connections, RoomMembers members, ParticipantIndex index, Function<RoomId, Live> liveRooms,
           Executor background, ChatMetrics metrics, Clock clock) {
        this.connections = connections;
        this.members = members;
        this.index = index;
        this.liveRooms = liveRooms;
        this.background = background;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One broadcast of a live room in, one delivery out to the connections that should hear it. */
    void onBroadcast(Live live, RoomBroadcast broadcast) {
        List<LiveConnection> recipients = live.hear(broadcast.event());
        LiveUpdates.of(broadcast).ifPresent(update -> deliver(recipients, update));
        if (broadcast.durableAt() != null && !recipients.isEmpty()) {
            long millis = Math.max(0, clock.millis() - broadcast.durableAt().toEpochMilli());
            metrics.broadcastHanded(TimeUnit.MILLISECONDS.toNanos(millis));
        }
        switch (broadcast.event()) {
            case ParticipantRemoved removed -> evict(live, live.connectionsOf(removed.userId()));
            case RoomDeleted deleted -> evict(live, live.connections());
            default -> {
            }
        }
    }

    /**
     * Presence (002, 004): when a user comes online or goes offline anywhere, the local connections of the live
     * rooms they participate in hear it once each, the user's own connections excepted.
     */
    void onUserEvent(UserEvent event) {
        if (!(event instanceof PresenceChanged presence)) {
            return;
        }
        Set<LiveConnection> recipients = new LinkedHashSet<>();
        for (RoomId roomId : index.roomsOf(presence.userId())) {
            Live live = liveRooms.apply(roomId);
            if (live != null) {
                recipients.addAll(live.othersThan(presence.userId()));
            }
        }
        if (!recipients.isEmpty()) {
            deliver(recipients, new LiveUpdate.Presence(presence.userId().value(), presence.online()));
        }
    }

    /** One delivery, encoded once, handed to each recipient. */
    private static void deliver(Collection<LiveConnection> recipients, LiveUpdate update) {
        if (recipients.isEmpty()) {
            return;
        }
        Delivery delivery = new Delivery(update);
        for (LiveConnection recipient : recipients) {
            recipient.deliver(delivery);
        }
    }

    /** Takes connections out of the live room (a removed participant, a deleted room) and tells them. */
    private void evict(Live live, List<ConnectionId> evicted) {
        if (evicted.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        RoomId roomId = live.roomId();
        Delivery left = new Delivery(new LiveUpdate.RoomLeft(roomId.toString()));
        for (ConnectionId connectionId : evicted) {
            live.leave(connectionId, now).ifPresent(user -> background.execute(() -> members.leave(roomId, user, connectionId)));
            connections.find(connectionId).ifPresent(connected -> {
                connected.rooms().remove(roomId);
                connected.typingIn().remove(roomId);
                connected.connection().deliver(left);
            });
        }
    }
}
