package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Room broadcasts within one process (the embedded default has a single node), and the sequencer that keeps new
 * messages in id order: a published message waits under its room's lock until every smaller reserved id has
 * settled, and goes first into the room's recent window as it goes out, under the same lock. A room's ordering state
 * is forgotten once it has been {@link MessageOrder#idle idle} a while (checked every {@value #SWEEP_EVERY} calls), so
 * rooms that went quiet cost nothing however many there were.
 */
public class MemoryRoomEventBroadcaster implements RoomEventBroadcaster, MessageSequencer {

    static final int SWEEP_EVERY = 1024;

    private final Listeners<RoomId, RoomBroadcast> listeners = new Listeners<>();
    private final Map<RoomId, MessageOrder> orders = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final Clock clock;
    private final RecentMessageCache recent;
    private final RateLimiter rateLimiter;

    /** Caches new messages in {@code recent} as they go out, and takes reservations' quotas from {@code rateLimiter}. */
    public MemoryRoomEventBroadcaster(Clock clock, RecentMessageCache recent, RateLimiter rateLimiter) {
        this.clock = clock;
        this.recent = recent;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void publish(RoomBroadcast broadcast) {
        listeners.publish(broadcast.event().roomId(), broadcast);
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomBroadcast> listener) {
        return listeners.add(roomId, listener);
    }

    /** Checks the order, takes the quota's token and reserves, all under the room's lock. */
    @Override
    public Reservation reserve(RoomId roomId, MessageId id, Optional<Quota> quota) {
        Reservation refused = inOrder(roomId, order -> {
            Optional<MessageId> lastOut = order.behind(id);
            if (lastOut.isPresent()) {
                return new Behind(lastOut.get());
            }
            if (quota.isPresent()) {
                RateDecision decision = rateLimiter.tryAcquire(quota.get().bucket(), quota.get().limit());
                if (!decision.allowed()) {
                    return new Limited(decision.retryAfter());
                }
            }
            order.reserve(id);
            return null;
        });
        return refused != null ? refused : new Reserved(slot(roomId, id));
    }

    private Slot slot(RoomId roomId, MessageId id) {
        return new Slot() {
            private final AtomicBoolean settled = new AtomicBoolean();

            @Override
            public MessageId id() {
                return id;
            }

            @Override
            public void publish(RoomBroadcast broadcast) {
                MessageSequencer.requireNewMessage(id, broadcast);
                if (!settled.compareAndSet(false, true)) {
                    throw new IllegalStateException("slot " + id + " already settled");
                }
                release(roomId, order -> order.post(id, broadcast));
            }

            @Override
            public void close() {
                if (settled.compareAndSet(false, true)) {
                    release(roomId, order -> order.withdraw(id));
                }
            }
        };
    }

    /** Runs {@code change} on the room's live order under its lock (an order retired meanwhile is replaced). */
    private <T> T inOrder(RoomId roomId, Function<MessageOrder, T> change) {
        sweepNowAndThen();
        while (true) {
            MessageOrder order = orders.computeIfAbsent(roomId, r -> new MessageOrder(clock));
            synchronized (order) {
                if (!order.isRetired()) {
                    return change.apply(order);
                }
            }
        }
    }

    /** Forgets idle orders; runs outside every room's lock, taking one lock at a time. */
    private void sweepNowAndThen() {
        if (calls.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        Instant now = clock.instant();
        orders.forEach((roomId, order) -> {
            synchronized (order) {
                if (order.idle(now)) {
                    order.retire();
                    orders.remove(roomId, order);
                }
            }
        });
    }

    /** How many rooms have ordering state now (tests). */
    int roomsWithOrder() {
        return orders.size();
    }

    /** Changes the room's order, caches and publishes what it releases, all under the room's lock. */
    private void release(RoomId roomId, Function<MessageOrder, List<RoomBroadcast>> change) {
        inOrder(roomId, order -> {
            for (RoomBroadcast broadcast : change.apply(order)) {
                recent.append(((MessagePosted) broadcast.event()).message());
                listeners.publish(roomId, broadcast);
            }
            return null;
        });
    }
}
