package io.doran.chat.application.port.out;

import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fan-out of room events to every node with connections in the room (SPEC §7). Events of one room
 * reach each subscriber once, in one order. Only nodes that subscribed to a room receive its events,
 * so the cost of a message does not grow with nodes that have no member of the room.
 *
 * <p>New messages go out in id order, on every node: a sender {@link #reserve reserves} its message id
 * before storing the message; a {@code MessagePosted} is held back until every smaller id reserved in
 * that room has been published or {@link #withdraw withdrawn} (a reservation nobody settles lapses after
 * a few seconds, so a crashed sender cannot stall a room).
 */
public interface RoomEventBroadcaster {

    void publish(RoomEvent event);

    /**
     * Announces that a message with {@code id} is about to be posted in the room. Refused when a larger
     * id already went out there: the answer is then that id, which a new id must exceed.
     */
    Optional<MessageId> reserve(RoomId roomId, MessageId id);

    /** The message with {@code id} will not be posted (its send failed or was a duplicate). */
    void withdraw(RoomId roomId, MessageId id);

    /** Delivers the room's events, published on any node, to {@code listener} until the subscription is closed. */
    Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener);
}
