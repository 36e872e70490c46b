package io.doran.chat.application.port.out;

import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * New messages reach every connection in id order, on every node (SPEC §7). A sender reserves its message id in
 * the room before storing the message and publishes the message through the reserved {@link Slot}; a published
 * message is held back until every smaller id reserved in that room has been published or withdrawn. A slot is a
 * resource: closing it without publishing withdraws the reservation, so any failure between reserving and
 * publishing lets the room move on.
 *
 * <p>As a new message goes out, the sequencer also puts it first in the room's {@link RecentMessageCache} window, in
 * the same id order: on Redis, ordering, caching and publishing are one script (one round trip), and the window
 * never lists a later message before an earlier one sent from another node.
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
     * Reserves {@code id} in the room, first taking a token of the sender's {@code quota} when there is one (a token
     * bucket as the {@link RateLimiter}'s; on Redis the very bucket it keeps under {@link Quota#bucket}), so that on
     * Redis the send's rate limit and its reservation are one script (one round trip). Refused when a larger id
     * already went out there (another node's clock runs ahead): the answer then names that id, which the next
     * attempt's id must exceed, and no token is taken; refused when the quota is spent ({@link Limited}), and
     * nothing is reserved.
     */
    Reservation reserve(RoomId roomId, MessageId id, Optional<Quota> quota);

    /** Reserves {@code id} in the room, limited by no quota. */
    default Reservation reserve(RoomId roomId, MessageId id) {
        return reserve(roomId, id, Optional.empty());
    }

    /** A token bucket to take one token from before reserving: {@code bucket} names it, as for the rate limiter. */
    record Quota(String bucket, RateLimit limit) {

        public Quota {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(limit, "limit");
        }
    }

    /**
     * The new message {@code broadcast} announces, which a slot for {@code id} publishes; anything else is refused.
     */
    static Message requireNewMessage(MessageId id, RoomBroadcast broadcast) {
        if (broadcast.event() instanceof MessagePosted posted && posted.message().id().equals(id)) {
            return posted.message();
        }
        throw new IllegalArgumentException("a slot for " + id + " publishes that message, not " + broadcast.event());
    }

    /** The outcome of {@link #reserve}. */
    sealed interface Reservation {
    }

    /** The id is reserved: publish through the slot, or close it to withdraw. */
    record Reserved(Slot slot) implements Reservation {
    }

    /** The quota is spent: try again after {@code retryAfter}. */
    record Limited(Duration retryAfter) implements Reservation {
    }

    /** A larger id, {@code lastOut}, already went out in the room. */
    record Behind(MessageId lastOut) implements Reservation {
    }

    /** A reserved message id in one room. */
    interface Slot extends AutoCloseable {

        MessageId id();

        /**
         * Publishes the new message's broadcast (a {@code MessagePosted} of the slot's id) once every smaller
         * reserved id has settled, putting the message first in the room's recent window as it goes out; at most
         * once per slot.
         */
        void publish(RoomBroadcast broadcast);

        /** Withdraws the reservation unless the slot published; closing twice is harmless. */
        @Override
        void close();
    }
}
