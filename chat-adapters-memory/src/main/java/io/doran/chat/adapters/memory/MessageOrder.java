package io.doran.chat.adapters.memory;

import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
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
 * leave in id order. A reservation nobody settles lapses after {@link #LAPSE}. Once nothing waits and the
 * newest id out is older than {@link #IDLE}, the order is {@link #idle} and may be forgotten: a new one
 * knows as much, since every id reserved from then on is newer. Not thread-safe: the broadcaster guards
 * each room's order with the room's lock.
 */
final class MessageOrder {

    static final Duration LAPSE = Duration.ofSeconds(5);
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

    /** Reserves {@code id}, or answers the larger id that already went out. */
    Optional<MessageId> reserve(MessageId id) {
        if (id.value() <= lastOut) {
            return Optional.of(new MessageId(lastOut));
        }
        pending.putIfAbsent(id.value(), RESERVED);
        return Optional.empty();
    }

    /** Settles {@code id} and returns what may go out now, in id order. */
    List<RoomEvent> withdraw(MessageId id) {
        pending.remove(id.value());
        return ready();
    }

    /** Queues a post; returns what may go out now, in id order (the post itself when nothing smaller waits). */
    List<RoomEvent> post(MessagePosted posted) {
        pending.put(posted.message().id().value(), posted);
        return ready();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Nothing waits, and nothing went out (or was created) within {@link #IDLE} before {@code now}. */
    boolean idle(Instant now) {
        Instant lastActivity = lastOut == 0 ? createdAt : new MessageId(lastOut).timestamp();
        return pending.isEmpty() && lastActivity.isBefore(now.minus(IDLE));
    }

    /** Marks a forgotten order: whoever still holds it must fetch the room's current one. */
    void retire() {
        retired = true;
    }

    boolean isRetired() {
        return retired;
    }

    private List<RoomEvent> ready() {
        List<RoomEvent> out = new ArrayList<>();
        long lapsedBefore = MessageId.firstAt(clock.instant().minus(LAPSE)).value();
        while (!pending.isEmpty()) {
            Map.Entry<Long, Object> head = pending.firstEntry();
            if (head.getValue() instanceof MessagePosted posted) {
                out.add(posted);
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
