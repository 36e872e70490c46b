package io.doran.chat.application.port.out;

import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.room.RoomId;
import java.util.function.Consumer;

/**
 * Fan-out of room events to every node with connections in the room (SPEC §7). Events of one room
 * reach each subscriber once, in publish order. Only nodes that subscribed to a room receive its
 * events, so the cost of a message does not grow with nodes that have no member of the room.
 */
public interface RoomEventBroadcaster {

    void publish(RoomEvent event);

    /** Delivers the room's events, published on any node, to {@code listener} until the subscription is closed. */
    Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener);
}
