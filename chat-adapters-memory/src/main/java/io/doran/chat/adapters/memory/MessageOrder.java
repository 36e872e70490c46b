package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.domain.shared.MessageId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One room's reserved message ids and the posts waiting for the smaller ones: what makes new messages
 * leave in id order. A reservation nobody settles lapses after {@link MessageSequencer#LAPSE}. Once no
 * post waits, no reservation is still live and the newest id out is older than {@link #IDLE}, the order is
 * {@link #idle} and may be forgotten: a new one knows as much, since every id reserved from then on is
 * newer. Not thread-safe: the broadcaster guards each room's order with the room's lock.
 */
final class MessageOrder {

    static final Duration IDLE = Duration.ofMinutes(1);
    private static final Object RESERVED = new Object();

    private final TreeMap<Long, Object> pending = new TreeMap<>();
    private final Clock clock;
    private final Instant createdAt;
    private long lastOut;
    private boolean retired;

    MessageOrder(Clock clock) {
        this.clock = clock;
        this.createdAt = clock.instant();
    }

    /** The larger id that already went out, when {@code id} is behind it. */
    Optional<MessageId> behind(MessageId id) {
        return id.value() <= lastOut ? Optional.of(new MessageId(lastOut)) : Optional.empty();
    }

    /** Reserves {@code id}, which is not {@link #behind} the last id out (the caller checked, under the same lock). */
    void reserve(MessageId id) {
        pending.putIfAbsent(id.value(), RESERVED);
    }

    /** Settles {@code id} and returns what may go out now, in id order. */
    List<RoomBroadcast> withdraw(MessageId id) {
        if (pending.get(id.value()) == RESERVED) {
            pending.remove(id.value());
        }
        return ready();
    }

    /** Queues a post; returns what may go out now, in id order (the post itself when nothing smaller waits). */
    List<RoomBroadcast> post(MessageId id, RoomBroadcast broadcast) {
        pending.put(id.value(), broadcast);
        return ready();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Nothing waits but lapsed reservations, and nothing went out (nor was the order created) within
     * {@link #IDLE} before {@code now}.
     */
    boolean idle(Instant now) {
        long lapsedBefore = MessageId.firstAt(now.minus(MessageSequencer.LAPSE)).value();
        boolean onlyLapsed = pending.entrySet().stream()
                .allMatch(entry -> entry.getValue() == RESERVED && entry.getKey() < lapsedBefore);
        Instant lastActivity = lastOut == 0 ? createdAt : new MessageId(lastOut).timestamp();
        return onlyLapsed && lastActivity.isBefore(now.minus(IDLE));
    }

    /** Marks a forgotten order: whoever still holds it must fetch the room's current one. */
    void retire() {
        retired = true;
    }

    boolean isRetired() {
        return retired;
    }

    private List<RoomBroadcast> ready() {
        List<RoomBroadcast> out = new ArrayList<>();
        long lapsedBefore = MessageId.firstAt(clock.instant().minus(MessageSequencer.LAPSE)).value();
        while (!pending.isEmpty()) {
            Map.Entry<Long, Object> head = pending.firstEntry();
            if (head.getValue() instanceof RoomBroadcast broadcast) {
                out.add(broadcast);
                pending.pollFirstEntry();
                lastOut = Math.max(lastOut, head.getKey());
            } else if (head.getKey() < lapsedBefore) {
                pending.pollFirstEntry();
            } else {
                break;
            }
        }
        return out;
    }
}
