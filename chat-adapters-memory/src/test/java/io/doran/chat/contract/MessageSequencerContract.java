package io.doran.chat.contract;

import static io.doran.chat.contract.RoomEventBroadcasterContract.posted;
import static io.doran.chat.contract.RoomEventBroadcasterContract.typing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageSequencer} does with the {@link RoomEventBroadcaster} whose room channel it orders:
 * new messages go out in id order whatever order they are stored in, a closed slot withdraws its reservation,
 * an id behind one that went out is refused, and a reservation nobody settles lapses.
 */
public abstract class MessageSequencerContract {

    /** A broadcaster and the sequencer that publishes new messages on its channels. */
    public record Ordered(RoomEventBroadcaster broadcaster, MessageSequencer sequencer) {
    }

    protected final RoomId room = RoomId.random();
    private Ordered ordered;
    private final List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();

    protected abstract Ordered newOrdered();

    @BeforeEach
    void setUpSequencer() {
        ordered = newOrdered();
        ordered.broadcaster().subscribe(room, heard::add);
    }

    private MessageSequencer.Slot reserve(MessageId id) {
        MessageSequencer.Reservation reservation = ordered.sequencer().reserve(room, id);
        assertThat(reservation).isInstanceOf(MessageSequencer.Reserved.class);
        return ((MessageSequencer.Reserved) reservation).slot();
    }

    private static MessageId at(long base, int offset) {
        return new MessageId(base + offset);
    }

    @Test
    void new_messages_go_out_in_id_order_whatever_order_they_are_stored_in() {
        long base = MessageId.firstAt(Instant.now()).value();
        MessageSequencer.Slot first = reserve(at(base, 1));
        MessageSequencer.Slot second = reserve(at(base, 2));
        MessageSequencer.Slot third = reserve(at(base, 3));

        third.publish(posted(room, at(base, 3)));
        ordered.broadcaster().publish(typing(room, 7));
        first.publish(posted(room, at(base, 1)));
        Await.until(() -> heard.size() == 2);
        second.close();

        Await.until(() -> heard.size() == 3);
        assertThat(heard).containsExactly(typing(room, 7), posted(room, at(base, 1)), posted(room, at(base, 3)));
    }

    @Test
    void a_slot_closed_after_publishing_withdraws_nothing_and_a_slot_publishes_once() {
        long base = MessageId.firstAt(Instant.now()).value();
        try (MessageSequencer.Slot slot = reserve(at(base, 1))) {
            assertThat(slot.id()).isEqualTo(at(base, 1));
            slot.publish(posted(room, at(base, 1)));
            assertThatThrownBy(() -> slot.publish(posted(room, at(base, 1)))).isInstanceOf(IllegalStateException.class);
        }
        try (MessageSequencer.Slot next = reserve(at(base, 2))) {
            next.publish(posted(room, at(base, 2)));
        }

        Await.until(() -> heard.size() == 2);
        assertThat(heard).containsExactly(posted(room, at(base, 1)), posted(room, at(base, 2)));
    }

    @Test
    void an_id_smaller_than_one_that_went_out_is_refused_with_that_id() {
        long base = MessageId.firstAt(Instant.now()).value();
        reserve(at(base, 5)).publish(posted(room, at(base, 5)));
        Await.until(() -> heard.size() == 1);

        assertThat(ordered.sequencer().reserve(room, at(base, 1))).isEqualTo(new MessageSequencer.Behind(at(base, 5)));
        assertThat(ordered.sequencer().reserve(room, at(base, 6))).isInstanceOf(MessageSequencer.Reserved.class);
    }

    @Test
    void an_unsettled_reservation_lapses_so_a_crashed_sender_cannot_stall_the_room() {
        MessageId abandoned = MessageId.firstAt(Instant.now().minus(MessageSequencer.LAPSE).minusSeconds(55));
        MessageId later = MessageId.firstAt(Instant.now());
        reserve(abandoned);

        reserve(later).publish(posted(room, later));

        Await.until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(posted(room, later));
    }
}
