package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.room.RoomId;
import java.util.function.Consumer;

/** Room events within one process: the embedded default has a single node. */
public class MemoryRoomEventBroadcaster implements RoomEventBroadcaster {

    private final Listeners<RoomId, RoomEvent> listeners = new Listeners<>();

    @Override
    public void publish(RoomEvent event) {
        listeners.publish(event.roomId(), event);
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener) {
        return listeners.add(roomId, listener);
    }
}
