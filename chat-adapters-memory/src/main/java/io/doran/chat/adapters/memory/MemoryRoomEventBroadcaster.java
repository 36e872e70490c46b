package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Room events within one process (the embedded default has a single node), new messages in id order. */
public class MemoryRoomEventBroadcaster implements RoomEventBroadcaster {

    private final Listeners<RoomId, RoomEvent> listeners = new Listeners<>();
    private final Map<RoomId, MessageOrder> orders = new ConcurrentHashMap<>();
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
        MessageOrder order = orders.computeIfAbsent(roomId, r -> new MessageOrder(clock));
        synchronized (order) {
            return order.reserve(id);
        }
    }

    @Override
    public void withdraw(RoomId roomId, MessageId id) {
        inOrder(roomId, order -> order.withdraw(id));
    }

    /** Changes the room's order and publishes what it releases, all under the room's lock. */
    private void inOrder(RoomId roomId, java.util.function.Function<MessageOrder, List<RoomEvent>> change) {
        MessageOrder order = orders.computeIfAbsent(roomId, r -> new MessageOrder(clock));
        synchronized (order) {
            change.apply(order).forEach(event -> listeners.publish(roomId, event));
        }
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener) {
        return listeners.add(roomId, listener);
    }
}
