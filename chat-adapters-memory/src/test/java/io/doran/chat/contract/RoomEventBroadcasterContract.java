package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.RoomRenamed;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageContent;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
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

    /** The {@code n}th typing broadcast of a test. */
    public static RoomBroadcast typing(RoomId room, int n) {
        return new RoomBroadcast(new TypingChanged(room, ALICE, n % 2 == 0, T0.plusMillis(n)),
                RoomBroadcast.Shown.name(ALICE, "앨리스"));
    }

    /** A new message's broadcast, as its sender resolved it (the author's email known, the picture not). */
    public static RoomBroadcast posted(RoomId room, MessageId id) {
        return new RoomBroadcast(new MessagePosted(Message.restore(id, room, ALICE, MessageType.TEXT, "m" + id.asString(),
                null, id.timestamp(), null, null, null, new ClientMessageId("c-" + id.asString()))),
                new RoomBroadcast.Shown(Map.of(ALICE, "Alice"),
                        Map.of(ALICE, new RoomBroadcast.Profile("alice@example.com", null)), ReactionSummary.empty()));
    }

    @Test
    void subscribers_of_a_room_get_its_broadcasts_once_each_in_publish_order() {
        List<RoomBroadcast> first = new CopyOnWriteArrayList<>();
        List<RoomBroadcast> second = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, first::add);
        broadcaster.subscribe(room, second::add);

        for (int n = 0; n < 100; n++) {
            broadcaster.publish(typing(room, n));
        }

        Await.until(() -> first.size() == 100 && second.size() == 100);
        List<RoomBroadcast> expected = IntStream.range(0, 100).mapToObj(n -> typing(room, n)).toList();
        assertThat(first).containsExactlyElementsOf(expected);
        assertThat(second).containsExactlyElementsOf(expected);
    }

    @Test
    void a_broadcast_arrives_whole_with_the_change_it_made_to_the_room_and_when_its_message_became_durable() {
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);
        Participant bob = new Participant(BOB, Role.SUB_ADMIN, DisplayName.unset(), T0);
        RoomBroadcast added = new RoomBroadcast(new ParticipantAdded(room, bob, ALICE, T0),
                RoomBroadcast.Shown.name(BOB, "Bob"));
        RoomBroadcast renamed = new RoomBroadcast(new RoomRenamed(room, new RoomName("study"), ALICE, T0),
                RoomBroadcast.Shown.nothing());
        Message original = Message.restore(Fixtures.id(1), room, ALICE, MessageType.TEXT, "helo", null, T0, null, null,
                null, null);
        RoomBroadcast edited = new RoomBroadcast(new MessageEdited(original.edit(ALICE, MessageContent.of("hello", 100),
                T0.plusSeconds(1)), T0.plusSeconds(1)), new RoomBroadcast.Shown(Map.of(ALICE, "Alice"), Map.of(),
                new ReactionSummary(Map.of(new ReactionKind("like"), 2L), Set.of())));
        RoomBroadcast deleted = new RoomBroadcast(new MessageDeleted(original.markDeleted(BOB, T0.plusSeconds(2)), BOB,
                T0.plusSeconds(2)), RoomBroadcast.Shown.nothing());
        RoomBroadcast posted = posted(room, Fixtures.id(2));
        RoomBroadcast message = new RoomBroadcast(posted.event(), posted.shown(), T0.plusMillis(2_345));

        for (RoomBroadcast broadcast : List.of(added, renamed, edited, deleted, message)) {
            broadcaster.publish(broadcast);
        }

        Await.until(() -> heard.size() == 5);
        assertThat(heard).containsExactly(added, renamed, edited, deleted, message);
    }

    @Test
    void subscribers_hear_only_their_room() {
        RoomId other = RoomId.random();
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, heard::add);

        broadcaster.publish(typing(other, 1));
        broadcaster.publish(typing(room, 2));

        Await.until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly(typing(room, 2));
    }

    @Test
    void a_closed_subscription_hears_nothing_more() {
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        List<RoomBroadcast> marker = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(room, heard::add);
        broadcaster.subscribe(room, marker::add);

        subscription.close();
        subscription.close();
        broadcaster.publish(typing(room, 1));

        Await.until(() -> marker.size() == 1);
        assertThat(heard).isEmpty();
    }

    @Test
    void a_failing_subscriber_does_not_stop_the_others() {
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(room, e -> {
            throw new IllegalStateException("boom");
        });
        broadcaster.subscribe(room, heard::add);

        broadcaster.publish(typing(room, 1));
        broadcaster.publish(typing(room, 2));

        Await.until(() -> heard.size() == 2);
        assertThat(heard).containsExactly(typing(room, 1), typing(room, 2));
    }
}
