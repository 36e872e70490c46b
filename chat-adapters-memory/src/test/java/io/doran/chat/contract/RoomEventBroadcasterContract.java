package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import java.time.Instant;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomEventBroadcaster} does; asynchronous implementations pass too (the tests await). */
public abstract class RoomEventBroadcasterContract {

    protected RoomEventBroadcaster broadcaster;
    protected final RoomId room = RoomId.random();

    protected abstract RoomEventBroadcaster newBroadcaster();

    @BeforeEach
    void setUpBroadcaster() {
        broadcaster = newBroadcaster();
    }

    static TypingChanged event(RoomId room, int n) {
        return new TypingChanged(room, ALICE, n % 2 == 0, T0.plusMillis(n));
    }

    @Test
    void subscribers_of_a_room_get_its_events_once_each_in_publish_order() {
        List<RoomEvent> first = new CopyOnWriteArrayList<>();
        List<RoomEvent> second = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, first::add);
        broadcaster.subscribe(room, second::add);

        for (int n = 0; n < 100; n++) {
            broadcaster.publish(event(room, n));
        }

        Await.until(() -> first.size() == 100 && second.size() == 100);
        List<RoomEvent> expected = java.util.stream.IntStream.range(0, 100).mapToObj(n -> (RoomEvent) event(room, n)).toList();
        assertThat(first).containsExactlyElementsOf(expected);
        assertThat(second).containsExactlyElementsOf(expected);
    }

    @Test
    void subscribers_hear_only_their_room() {
        RoomId other = RoomId.random();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);

        broadcaster.publish(event(other, 1));
        broadcaster.publish(event(room, 2));

        Await.until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly(event(room, 2));
    }

    @Test
    void a_closed_subscription_hears_nothing_more() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        List<RoomEvent> marker = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(room, heard::add);
        broadcaster.subscribe(room, marker::add);

        subscription.close();
        subscription.close();
        broadcaster.publish(event(room, 1));

        Await.until(() -> marker.size() == 1);
        assertThat(heard).isEmpty();
    }

    static MessagePosted posted(RoomId room, MessageId id) {
        return new MessagePosted(Message.restore(id, room, ALICE, MessageType.TEXT, "m" + id, null, id.timestamp(), null,
                null, null, null));
    }

    @Test
    void new_messages_go_out_in_id_order_whatever_order_they_are_stored_in() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);
        long base = MessageId.firstAt(Instant.now()).value();
        MessageId first = new MessageId(base + 1);
        MessageId second = new MessageId(base + 2);
        MessageId third = new MessageId(base + 3);
        broadcaster.reserve(room, first);
        broadcaster.reserve(room, second);
        broadcaster.reserve(room, third);

        broadcaster.publish(posted(room, third));
        broadcaster.publish(event(room, 7));
        broadcaster.publish(posted(room, first));
        Await.until(() -> heard.size() == 2);
        broadcaster.withdraw(room, second);

        Await.until(() -> heard.size() == 3);
        assertThat(heard).containsExactly(event(room, 7), posted(room, first), posted(room, third));
    }

    @Test
    void an_id_smaller_than_one_that_went_out_is_refused_with_that_id() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);
        long base = MessageId.firstAt(Instant.now()).value();
        MessageId early = new MessageId(base + 1);
        MessageId late = new MessageId(base + 5);
        broadcaster.reserve(room, late);
        broadcaster.publish(posted(room, late));
        Await.until(() -> heard.size() == 1);

        assertThat(broadcaster.reserve(room, early)).contains(late);
        assertThat(broadcaster.reserve(room, new MessageId(base + 6))).isEmpty();
    }

    @Test
    void an_unsettled_reservation_lapses_so_a_crashed_sender_cannot_stall_the_room() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);
        MessageId abandoned = MessageId.firstAt(Instant.now().minusSeconds(60));
        MessageId later = MessageId.firstAt(Instant.now());
        broadcaster.reserve(room, abandoned);
        broadcaster.reserve(room, later);

        broadcaster.publish(posted(room, later));

        Await.until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(posted(room, later));
    }

    @Test
    void a_failing_subscriber_does_not_stop_the_others() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, e -> {
            throw new IllegalStateException("boom");
        });
        broadcaster.subscribe(room, heard::add);

        broadcaster.publish(event(room, 1));
        broadcaster.publish(event(room, 2));

        Await.until(() -> heard.size() == 2);
        assertThat(heard).containsExactly(event(room, 1), event(room, 2));
    }
}
