package io.doran.chat.application.service;

import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MemberJoined;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.live.LiveRoom;
import io.doran.chat.domain.live.LiveRoomState;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A live room of this node: the domain's lifecycle state machine and who is connected ({@link LiveRoom}), a
 * snapshot of the room kept fresh by the changes its broadcasts carry (never reloaded), and its subscription
 * to the room's broadcasts. Thread-safe: state is read and changed under this object's lock, which is never
 * held while anything is delivered, stored or published.
 */
final class Live {

    private final LiveRoom room;
    private final ParticipantIndex index;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final List<RoomEvent> heardEarly = new ArrayList<>();
    private ChatRoom snapshot;
    private volatile Subscription subscription;

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
     * The room as loaded after subscribing, so that no change is missed: events heard before it came are applied
     * to it (applying one the load already saw is harmless).
     */
    synchronized void loaded(ChatRoom loaded) {
        ChatRoom next = loaded;
        for (RoomEvent change : heardEarly) {
            next = next.after(change);
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
    synchronized boolean join(ConnectionId connection, UserId user, Instant now) {
        if (room.state() == LiveRoomState.CLOSED) {
            return false;
        }
        room.join(connection, user, now);
        return true;
    }

    /** Takes {@code connection} out; answers whose it was, empty when it was not in the room. */
    synchronized Optional<UserId> leave(ConnectionId connection, Instant now) {
        Optional<UserId> user = room.userOf(connection);
        room.leave(connection, now);
        return user;
    }

    synchronized List<ConnectionId> connections() {
        return List.copyOf(room.connections());
    }

    synchronized List<ConnectionId> connectionsOf(UserId user) {
        return List.copyOf(room.connectionsOf(user));
    }

    synchronized List<ConnectionId> othersThan(UserId user) {
        return room.connections().stream().filter(c -> room.userOf(c).filter(user::equals).isEmpty()).toList();
    }

    // --- broadcasts --------------------------------------------------------------------------------

    /**
     * Applies a broadcast event to the snapshot (those that change the room itself change it) and answers who is
     * told of it: everyone in the room, but the user who is typing or who joined.
     */
    synchronized List<ConnectionId> hear(RoomEvent event) {
        if (snapshot == null) {
            heardEarly.add(event);
        } else {
            replaceSnapshot(snapshot.after(event));
        }
        return switch (event) {
            case TypingChanged typing -> othersThan(typing.userId());
            case MemberJoined joined -> othersThan(joined.userId());
            default -> List.copyOf(room.connections());
        };
    }

    /** The room as this node last heard of it. */
    synchronized ChatRoom snapshot() {
        return snapshot;
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
        index.replace(room.roomId(), snapshot, next);
        snapshot = next;
    }
}
