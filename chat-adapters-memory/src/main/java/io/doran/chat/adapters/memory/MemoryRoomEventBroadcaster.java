package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Room events within one process (the embedded default has a single node), new messages in id order.
 * A room's ordering state is forgotten once it has been {@link MessageOrder#idle idle} a while (checked
 * every {@value #SWEEP_EVERY} calls), so rooms that went quiet cost nothing however many there were.
 */
public class MemoryRoomEventBroadcaster implements RoomEventBroadcaster {

    static final int SWEEP_EVERY = 1024;

    private final Listeners<RoomId, RoomEvent> listeners = new Listeners<>();
    private final Map<RoomId, MessageOrder> orders = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final Clock clock;

    public MemoryRoomEventBroadcaster(Clock clock) {
        this.clock = clock;
    }

    public MemoryRoomEventBroadcaster() {
        this(Clock.systemUTC());
    }

    @Override
    public void publish(RoomEvent event) {
        if (event instanceof MessagePosted posted) {
            inOrder(event.roomId(), order -> order.post(posted));
        } else {
            listeners.publish(event.roomId(), event);
        }
    }

    @Override
    public Optional<MessageId> reserve(RoomId roomId, MessageId id) {
        return withOrder(roomId, order -> order.reserve(id));
    }

    @Override
    public void withdraw(RoomId roomId, MessageId id) {
        inOrder(roomId, order -> order.withdraw(id));
    }

    /** Changes the room's order and publishes what it releases, all under the room's lock. */
    private void inOrder(RoomId roomId, Function<MessageOrder, List<RoomEvent>> change) {
        withOrder(roomId, order -> {
            change.apply(order).forEach(event -> listeners.publish(roomId, event));
            return null;
        });
    }

    /** Runs {@code action} on the room's live order under its lock (an order retired meanwhile is replaced). */
    private <T> T withOrder(RoomId roomId, Function<MessageOrder, T> action) {
        sweepNowAndThen();
        while (true) {
            MessageOrder order = orders.computeIfAbsent(roomId, r -> new MessageOrder(clock));
            synchronized (order) {
                if (!order.isRetired()) {
                    return action.apply(order);
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

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener) {
        return listeners.add(roomId, listener);
    }
}
