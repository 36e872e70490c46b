package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.RoomId;
import java.util.function.Consumer;

/**
 * Fan-out of room broadcasts to every node with connections in the room (SPEC §7). A room's broadcasts reach
 * each subscriber once, in one order, the same on every node. Only nodes that subscribed to a room receive
 * its broadcasts, so the cost of a message does not grow with nodes that have no member of the room. New
 * messages are published through a {@link MessageSequencer} slot instead, which keeps them in id order.
 */
public interface RoomEventBroadcaster {

    void publish(RoomBroadcast broadcast);

    /** Delivers the room's broadcasts, published on any node, to {@code listener} until the subscription is closed. */
    Subscription subscribe(RoomId roomId, Consumer<RoomBroadcast> listener);
}
