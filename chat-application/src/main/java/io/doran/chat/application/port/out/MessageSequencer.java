package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;

/**
 * New messages reach every connection in id order, on every node (SPEC §7). A sender reserves its message id in
 * the room before storing the message and publishes the message through the reserved {@link Slot}; a published
 * message is held back until every smaller id reserved in that room has been published or withdrawn. A slot is a
 * resource: closing it without publishing withdraws the reservation, so any failure between reserving and
 * publishing lets the room move on.
 *
 * <pre>{@code
 * try (MessageSequencer.Slot slot = reserveFor(room)) {
 *     Message message = room.post(sender, body, slot.id(), ...);
 *     messages.save(message);
 *     slot.publish(broadcast);
 * }
 * }</pre>
 *
 * <p>A reservation nobody settles, say of a node that crashed mid-send, lapses after {@link #LAPSE}, so a room
 * can never stall for longer.
 */
public interface MessageSequencer {

    /** How long a reservation waits for its message before the room goes on without it. */
    Duration LAPSE = Duration.ofSeconds(5);

    /**
     * Reserves {@code id} in the room. Refused when a larger id already went out there (another node's clock runs
     * ahead): the answer then names that id, which the next attempt's id must exceed.
     */
    Reservation reserve(RoomId roomId, MessageId id);

    /** The outcome of {@link #reserve}. */
    sealed interface Reservation {
    }

    /** The id is reserved: publish through the slot, or close it to withdraw. */
    record Reserved(Slot slot) implements Reservation {
    }

    /** A larger id, {@code lastOut}, already went out in the room. */
    record Behind(MessageId lastOut) implements Reservation {
    }

    /** A reserved message id in one room. */
    interface Slot extends AutoCloseable {

        MessageId id();

        /** Publishes the message's broadcast once every smaller reserved id has settled; at most once per slot. */
        void publish(RoomBroadcast broadcast);

        /** Withdraws the reservation unless the slot published; closing twice is harmless. */
        @Override
        void close();
    }
}
