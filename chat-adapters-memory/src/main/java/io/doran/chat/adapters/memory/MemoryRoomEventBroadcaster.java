package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Room broadcasts within one process (the embedded default has a single node), and the sequencer that keeps new
 * messages in id order: a published message waits under its room's lock until every smaller reserved id has
 * settled.
 */
public class MemoryRoomEventBroadcaster implements RoomEventBroadcaster, MessageSequencer {

    private final Listeners<RoomId, RoomBroadcast> listeners = new Listeners<>();
    private final Map<RoomId, MessageOrder> orders = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryRoomEventBroadcaster(Clock clock) {
        this.clock = clock;
    }

    public MemoryRoomEventBroadcaster() {
        this(Clock.systemUTC());
    }

    @Override
    public void publish(RoomBroadcast broadcast) {
        listeners.publish(broadcast.event().roomId(), broadcast);
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomBroadcast> listener) {
        return listeners.add(roomId, listener);
    }

    @Override
    public Reservation reserve(RoomId roomId, MessageId id) {
        Optional<MessageId> lastOut = inOrder(roomId, order -> order.reserve(id));
        return lastOut.<Reservation>map(Behind::new).orElseGet(() -> new Reserved(new Slot() {
            private final AtomicBoolean settled = new AtomicBoolean();

            @Override
            public MessageId id() {
                return id;
            }

            @Override
            public void publish(RoomBroadcast broadcast) {
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
        }));
    }

    private <T> T inOrder(RoomId roomId, Function<MessageOrder, T> change) {
        MessageOrder order = orders.computeIfAbsent(roomId, r -> new MessageOrder(clock));
        synchronized (order) {
            return change.apply(order);
        }
    }

    /** Changes the room's order and publishes what it releases, all under the room's lock. */
    private void release(RoomId roomId, Function<MessageOrder, List<RoomBroadcast>> change) {
        inOrder(roomId, order -> {
            change.apply(order).forEach(broadcast -> listeners.publish(roomId, broadcast));
            return null;
        });
    }
}
