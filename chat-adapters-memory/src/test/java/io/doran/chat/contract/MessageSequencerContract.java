package io.doran.chat.contract;

import static io.doran.chat.contract.RoomEventBroadcasterContract.posted;
import static io.doran.chat.contract.RoomEventBroadcasterContract.typing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RecentWindow;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageSequencer} does with the {@link RoomEventBroadcaster} whose room channel it orders and
 * the {@link RecentMessageCache} it keeps: new messages go out in id order whatever order they are stored in, and
 * enter the room's recent window in that order; a reservation takes a token of the sender's quota, and a spent
 * quota reserves nothing; a closed slot withdraws its reservation, an id behind one that went out is refused (and
 * takes no token), and a reservation nobody settles lapses.
 */
public abstract class MessageSequencerContract {

    /** A broadcaster, the sequencer that publishes new messages on its channels, and the window it caches them in. */
    public record Ordered(RoomEventBroadcaster broadcaster, MessageSequencer sequencer, RecentMessageCache recent) {
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
        return reserved(ordered.sequencer().reserve(room, id));
    }

    private static MessageSequencer.Slot reserved(MessageSequencer.Reservation reservation) {
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
    void new_messages_enter_a_warm_recent_window_as_they_go_out_in_id_order() {
        RecentMessageCache recent = ordered.recent();
        recent.fill(room, new RecentWindow(List.of(), false), recent.version(room));
        long base = MessageId.firstAt(Instant.now()).value();
        MessageSequencer.Slot first = reserve(at(base, 1));
        MessageSequencer.Slot second = reserve(at(base, 2));

        second.publish(posted(room, at(base, 2)));
        assertThat(recent.get(room).orElseThrow().newestFirst()).as("held back behind the first").isEmpty();
        first.publish(posted(room, at(base, 1)));

        Await.until(() -> heard.size() == 2);
        assertThat(recent.get(room).orElseThrow().newestFirst()).extracting(Message::id)
                .containsExactly(at(base, 2), at(base, 1));
    }

    @Test
    void a_slot_publishes_only_the_new_message_of_its_own_id() {
        long base = MessageId.firstAt(Instant.now()).value();
        try (MessageSequencer.Slot slot = reserve(at(base, 1))) {
            assertThatThrownBy(() -> slot.publish(posted(room, at(base, 2)))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> slot.publish(typing(room, 7))).isInstanceOf(IllegalArgumentException.class);
            slot.publish(posted(room, at(base, 1)));
        }

        Await.until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(posted(room, at(base, 1)));
    }

    @Test
    void a_reservation_takes_a_token_of_its_quota_and_a_spent_quota_reserves_nothing() {
        MessageSequencer.Quota quota = new MessageSequencer.Quota("messages:" + room,
                new RateLimit("messages", 2, 1, Duration.ofMinutes(1)));
        long base = MessageId.firstAt(Instant.now()).value();
        MessageSequencer.Slot first = reserved(ordered.sequencer().reserve(room, at(base, 1), Optional.of(quota)));
        reserved(ordered.sequencer().reserve(room, at(base, 2), Optional.of(quota))).close();

        MessageSequencer.Reservation spent = ordered.sequencer().reserve(room, at(base, 3), Optional.of(quota));

        assertThat(spent).isInstanceOfSatisfying(MessageSequencer.Limited.class,
                limited -> assertThat(limited.retryAfter()).isPositive());
        first.publish(posted(room, at(base, 1)));
        reserve(at(base, 4)).publish(posted(room, at(base, 4)));
        Await.until(() -> heard.size() == 2);
        assertThat(heard).as("the refused id holds nothing back").containsExactly(posted(room, at(base, 1)),
                posted(room, at(base, 4)));
    }

    @Test
    void an_id_behind_one_that_went_out_takes_no_token() {
        MessageSequencer.Quota quota = new MessageSequencer.Quota("messages:" + room,
                new RateLimit("messages", 1, 1, Duration.ofMinutes(1)));
        long base = MessageId.firstAt(Instant.now()).value();
        reserve(at(base, 5)).publish(posted(room, at(base, 5)));
        Await.until(() -> heard.size() == 1);

        assertThat(ordered.sequencer().reserve(room, at(base, 1), Optional.of(quota)))
                .isEqualTo(new MessageSequencer.Behind(at(base, 5)));
        assertThat(ordered.sequencer().reserve(room, at(base, 6), Optional.of(quota)))
                .isInstanceOf(MessageSequencer.Reserved.class);
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
