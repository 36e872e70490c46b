package io.doran.chat.application.service;

import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MemberJoined;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.event.UserMuted;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.live.LiveRoom;
import io.doran.chat.domain.live.LiveRoomState;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A live room of this node: the domain's lifecycle state machine and who is connected ({@link LiveRoom}), a
 * snapshot of the room and its mutes kept fresh by the changes its broadcasts carry (never reloaded), and its subscription
 * to the room's broadcasts. Thread-safe: state is read and changed under this object's lock, which is never
 * held while anything is delivered, stored or published.
 */
final class Live {

    private final LiveRoom room;
    private final ParticipantIndex index;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final List<RoomEvent> heardEarly = new ArrayList<>();
    private ChatRoom snapshot;
    /** Until when muted participants are muted, unchanged but replaced on a mute; null while unknown. */
    private Map<UserId, Instant> mutedUntil;
    private volatile RoomSnapshot current;
    private volatile Subscription subscription;
    /** The connections in the room, to deliver to without looking each one up. */
    private final Map<ConnectionId, LiveConnection> joined = new HashMap<>();
    /**
     * Every connection in the room, rebuilt when one joins or leaves: a broadcast, which every connection hears, reads
     * it as it is instead of copying the room's connections for every message.
     */
    private List<LiveConnection> everyone = List.of();

    Live(LiveRoom room, ParticipantIndex index) {
        this.room = room;
        this.index = index;
    }

    RoomId roomId() {
        return room.roomId();
    }

    // --- opening -----------------------------------------------------------------------------------

    void subscribed(Subscription subscription) {
        this.subscription = subscription;
    }

    /**
     * The room and its mutes (empty when not known) as loaded after subscribing, so that no change is missed:
     * events heard before they came are applied to them (applying one the load already saw is harmless).
     */
    synchronized void loaded(ChatRoom loaded, Optional<List<Mute>> mutes) {
        mutedUntil = mutes.map(known -> {
            Map<UserId, Instant> until = new HashMap<>();
            known.forEach(mute -> until.put(mute.userId(), mute.until()));
            return until;
        }).orElse(null);
        ChatRoom next = loaded;
        for (RoomEvent change : heardEarly) {
            next = next.after(change);
            applyMute(change);
        }
        heardEarly.clear();
        replaceSnapshot(next);
    }

    void opened() {
        opened.complete(null);
    }

    void failed(RuntimeException failure) {
        opened.completeExceptionally(failure);
    }

    /** Waits until the room is open; rethrows why opening it failed. */
    void awaitOpened() {
        try {
            opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    // --- connections -------------------------------------------------------------------------------

    /** Joins {@code connection}; false when the room has closed meanwhile (the caller opens a new one). */
    synchronized boolean join(LiveConnection connection, UserId user, Instant now) {
        if (room.state() == LiveRoomState.CLOSED) {
            return false;
        }
        room.join(connection.id(), user, now);
        if (joined.put(connection.id(), connection) == null) {
            everyone = List.copyOf(joined.values());
        }
        return true;
    }

    /** Takes {@code connection} out; answers whose it was, empty when it was not in the room. */
    synchronized Optional<UserId> leave(ConnectionId connection, Instant now) {
        Optional<UserId> user = room.userOf(connection);
        room.leave(connection, now);
        if (joined.remove(connection) != null) {
            everyone = List.copyOf(joined.values());
        }
        return user;
    }

    synchronized List<ConnectionId> connections() {
        return List.copyOf(room.connections());
    }

    synchronized List<ConnectionId> connectionsOf(UserId user) {
        return List.copyOf(room.connectionsOf(user));
    }

    /** The connections in the room but those of {@code user}. */
    synchronized List<LiveConnection> othersThan(UserId user) {
        return everyone.stream().filter(connection -> !connection.userId().equals(user)).toList();
    }

    // --- broadcasts --------------------------------------------------------------------------------

    /**
     * Applies a broadcast event to the snapshot (those that change the room itself change it) and answers who is
     * told of it, the connections themselves: everyone in the room, but the user who is typing or who joined.
     */
    synchronized List<LiveConnection> hear(RoomEvent event) {
        if (snapshot == null) {
            heardEarly.add(event);
        } else {
            ChatRoom next = snapshot.after(event);
            if (next != snapshot || applyMute(event)) {
                replaceSnapshot(next);
            }
        }
        return switch (event) {
            case TypingChanged typing -> othersThan(typing.userId());
            case MemberJoined memberJoined -> othersThan(memberJoined.userId());
            default -> everyone;
        };
    }

    /** The room as this node last heard of it. */
    synchronized ChatRoom snapshot() {
        return snapshot;
    }

    /** The room and its mutes as this node last heard of them, without waiting for this room's lock. */
    Optional<RoomSnapshot> current() {
        return Optional.ofNullable(current);
    }

    /** Applies a mute or its lifting to the known mutes (a new map); answers whether it was one. */
    private boolean applyMute(RoomEvent event) {
        if (!(event instanceof UserMuted muted) || mutedUntil == null) {
            return false;
        }
        Map<UserId, Instant> next = new HashMap<>(mutedUntil);
        if (muted.muted()) {
            next.put(muted.userId(), muted.until());
        } else {
            next.remove(muted.userId());
        }
        mutedUntil = next;
        return true;
    }

    // --- lifecycle ---------------------------------------------------------------------------------

    /** Closes the room when it has been idle for its timeout (000); answers whether it closed. */
    synchronized boolean closeIfIdle(Instant now) {
        if (!room.expireIfIdle(now)) {
            return false;
        }
        room.close();
        replaceSnapshot(null);
        return true;
    }

    /** Stops hearing the room's broadcasts (once closed, or when opening failed). */
    void unsubscribe() {
        Subscription current = subscription;
        if (current != null) {
            current.close();
        }
    }

    synchronized LiveRoomState state() {
        return room.state();
    }

    private void replaceSnapshot(ChatRoom next) {
        if (next != snapshot) {
            index.replace(room.roomId(), snapshot, next);
        }
        snapshot = next;
        current = next == null ? null
                : new RoomSnapshot(next, Optional.ofNullable(mutedUntil).map(Collections::unmodifiableMap));
    }
}
