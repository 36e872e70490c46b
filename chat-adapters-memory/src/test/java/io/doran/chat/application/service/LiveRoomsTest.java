package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.id;
import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.JoinLiveRoomUseCase.Joined;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.live.LiveRoomState;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LiveRoomsTest {

    final ChatHarness chat = new ChatHarness();
    final RoomView room = chat.room(ALICE, BOB, CAROL);

    /** A connection that records what it is told. */
    static final class Recorder implements LiveConnection {
        final ConnectionId id;
        final UserId user;
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        volatile ErrorCode closedFor;

        Recorder(String id, UserId user) {
            this.id = new ConnectionId(id);
            this.user = user;
        }

        @Override
        public ConnectionId id() {
            return id;
        }

        @Override
        public UserId userId() {
            return user;
        }

        @Override
        public void deliver(Delivery delivery) {
            deliveries.add(delivery);
        }

        @Override
        public void close(ErrorCode reason) {
            closedFor = reason;
        }

        List<LiveUpdate> updates() {
            return deliveries.stream().map(Delivery::update).toList();
        }

        <T extends LiveUpdate> List<T> updates(Class<T> type) {
            return updates().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    Recorder connect(String id, UserId user) {
        Recorder connection = new Recorder(id, user);
        chat.connections.connect(connection);
        return connection;
    }

    Joined join(Recorder connection) {
        return chat.liveRooms.join(connection.id(), id(room), Optional.empty());
    }

    @Test
    void members_hear_each_others_messages_once_and_share_one_delivery() {
        Recorder alice = connect("a", ALICE);
        Recorder bob = connect("b", BOB);
        join(alice);
        Joined joined = join(bob);

        MessageView sent = chat.send(ALICE, room, "hello");

        assertThat(joined.memberCount()).isEqualTo(2);
        assertThat(alice.updates(LiveUpdate.NewMessage.class)).extracting(m -> m.message().messageId())
                .containsExactly(sent.messageId());
        assertThat(bob.updates(LiveUpdate.NewMessage.class)).hasSize(1);
        assertThat(alice.deliveries.getLast()).isSameAs(bob.deliveries.getLast());
    }

    @Test
    void others_hear_who_joined_and_left_by_name_with_member_counts() {
        Recorder alice = connect("a", ALICE);
        join(alice);
        Recorder bob = connect("b", BOB);
        join(bob);

        chat.liveRooms.leave(bob.id(), id(room));

        assertThat(alice.updates(LiveUpdate.UserJoined.class)).singleElement().satisfies(j -> {
            assertThat(j.memberCount()).isEqualTo(2);
            assertThat(j.displayName()).isEqualTo("bob");
        });
        assertThat(bob.updates(LiveUpdate.UserJoined.class)).isEmpty();
        assertThat(alice.updates(LiveUpdate.UserLeft.class)).singleElement().satisfies(l -> {
            assertThat(l.memberCount()).isEqualTo(1);
            assertThat(l.displayName()).isEqualTo("bob");
        });
    }

    @Test
    void a_second_connection_of_a_user_does_not_announce_them_again() {
        Recorder alice = connect("a", ALICE);
        join(alice);
        Recorder bob1 = connect("b1", BOB);
        Recorder bob2 = connect("b2", BOB);
        join(bob1);

        Joined second = join(bob2);

        assertThat(second.memberCount()).isEqualTo(2);
        assertThat(alice.updates(LiveUpdate.UserJoined.class)).hasSize(1);
    }

    @Test
    void typing_reaches_others_only_and_is_cleared_when_the_typist_disconnects() {
        Recorder alice = connect("a", ALICE);
        Recorder bob = connect("b", BOB);
        join(alice);
        join(bob);

        chat.liveRooms.typing(bob.id(), id(room), true);
        chat.connections.disconnect(bob.id());

        assertThat(bob.updates(LiveUpdate.Typing.class)).isEmpty();
        assertThat(alice.updates(LiveUpdate.Typing.class)).extracting(LiveUpdate.Typing::isTyping).containsExactly(true, false);
        assertThat(alice.updates(LiveUpdate.UserLeft.class)).hasSize(1);
    }

    @Test
    void typing_is_announced_at_most_once_a_second_and_its_end_only_after_a_start() {
        Recorder alice = connect("a", ALICE);
        Recorder bob = connect("b", BOB);
        join(alice);
        join(bob);

        for (int i = 0; i < 10; i++) {
            chat.liveRooms.typing(bob.id(), id(room), true);
        }
        chat.clock.advance(Duration.ofMillis(999));
        chat.liveRooms.typing(bob.id(), id(room), true);
        chat.clock.advance(Duration.ofMillis(1));
        chat.liveRooms.typing(bob.id(), id(room), true);
        chat.liveRooms.typing(bob.id(), id(room), false);
        chat.liveRooms.typing(bob.id(), id(room), false);

        assertThat(alice.updates(LiveUpdate.Typing.class)).extracting(LiveUpdate.Typing::isTyping)
                .containsExactly(true, true, false);
    }

    @Test
    void typing_on_and_off_does_not_announce_more_than_one_start_a_second() {
        Recorder alice = connect("a", ALICE);
        Recorder bob = connect("b", BOB);
        join(alice);
        join(bob);

        for (int i = 0; i < 20; i++) {
            chat.liveRooms.typing(bob.id(), id(room), i % 2 == 0);
        }
        chat.clock.advance(Duration.ofSeconds(1));
        chat.liveRooms.typing(bob.id(), id(room), true);

        assertThat(alice.updates(LiveUpdate.Typing.class)).extracting(LiveUpdate.Typing::isTyping)
                .containsExactly(true, false, true);
    }

    @Test
    void typing_over_its_rate_limit_is_refused_with_when_to_retry() {
        Recorder bob = connect("b", BOB);
        join(bob);

        for (int i = 0; i < ChatSettings.defaults().limits().typing().capacity(); i++) {
            chat.liveRooms.typing(bob.id(), id(room), i % 2 == 0);
        }

        refused(ErrorCode.RATE_LIMITED, () -> chat.liveRooms.typing(bob.id(), id(room), true));
    }

    @Test
    void typing_and_leaving_need_a_joined_room_and_say_what_is_missing() {
        Recorder alice = connect("a", ALICE);
        Recorder dave = connect("d", UserId.of("dave"));
        io.doran.chat.domain.shared.RoomId nowhere = io.doran.chat.domain.shared.RoomId.random();

        refused(ErrorCode.NOT_JOINED, () -> chat.liveRooms.typing(alice.id(), id(room), true));
        refused(ErrorCode.NOT_JOINED, () -> chat.liveRooms.leave(alice.id(), id(room)));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.liveRooms.typing(dave.id(), id(room), true));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.liveRooms.typing(alice.id(), nowhere, true));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.liveRooms.leave(alice.id(), nowhere));
    }

    @Test
    void outsiders_cannot_join_and_expired_rooms_refuse_joins() {
        Recorder dave = connect("d", UserId.of("dave"));

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> join(dave));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.liveRooms.join(dave.id(),
                io.doran.chat.domain.shared.RoomId.random(), Optional.empty()));
    }

    @Test
    void rejoining_with_the_last_message_id_returns_what_was_missed_oldest_first() {
        MessageView seen = chat.send(ALICE, room, "seen");
        MessageView missed1 = chat.send(ALICE, room, "missed 1");
        MessageView missed2 = chat.send(CAROL, room, "missed 2");
        Recorder bob = connect("b", BOB);

        Joined joined = chat.liveRooms.join(bob.id(), id(room), Optional.of(MessageId.parse(seen.messageId())));

        assertThat(joined.missed()).extracting(MessageView::messageId)
                .containsExactly(missed1.messageId(), missed2.messageId());
        assertThat(joined.hasMore()).isFalse();
    }

    @Test
    void missed_messages_are_bounded_and_say_there_is_more() {
        ChatHarness small = new ChatHarness(new ChatSettings(ChatSettings.defaults().messages(),
                ChatSettings.defaults().reactions(), Duration.ofHours(24), Duration.ofMinutes(30), 3, 999,
                ChatSettings.defaults().limits(), true, Duration.ofHours(1)));
        RoomView r = small.room(ALICE, BOB);
        MessageView first = small.send(ALICE, r, "0");
        for (int i = 1; i <= 5; i++) {
            small.send(ALICE, r, Integer.toString(i));
        }
        Recorder bob = new Recorder("b", BOB);
        small.connections.connect(bob);

        Joined joined = small.liveRooms.join(bob.id(), id(r), Optional.of(MessageId.parse(first.messageId())));

        assertThat(joined.missed()).extracting(MessageView::content).containsExactly("1", "2", "3");
        assertThat(joined.hasMore()).isTrue();
    }

    @Test
    void changes_made_elsewhere_reach_the_live_room_at_once() {
        Recorder alice = connect("a", ALICE);
        Recorder bob = connect("b", BOB);
        join(alice);
        join(bob);

        chat.roomService.rename(ALICE, id(room), new RoomName("renamed"));
        chat.roomService.changeRole(ALICE, id(room), BOB, io.doran.chat.domain.room.Role.SUB_ADMIN);
        MessageView sent = chat.send(CAROL, room, "from rest");
        chat.messageService.react(ALICE, id(room), MessageId.parse(sent.messageId()), "like", true);
        chat.messageService.edit(CAROL, id(room), MessageId.parse(sent.messageId()), "edited");
        chat.messageService.markRead(ALICE, id(room), MessageId.parse(sent.messageId()));
        chat.messageService.delete(CAROL, id(room), MessageId.parse(sent.messageId()));

        assertThat(bob.updates()).extracting(u -> u.getClass().getSimpleName()).containsSubsequence(
                "RoomUpdated", "RoleChanged", "NewMessage", "ReactionChanged", "MessageEdited", "MessageRead",
                "MessageDeleted");
        assertThat(bob.updates(LiveUpdate.RoomUpdated.class).getFirst().name()).isEqualTo("renamed");
    }

    @Test
    void a_removed_participant_is_taken_out_of_the_live_room() {
        Recorder alice = connect("a", ALICE);
        Recorder carol = connect("c", CAROL);
        join(alice);
        join(carol);

        chat.roomService.removeParticipant(ALICE, id(room), CAROL);
        chat.send(ALICE, room, "after");

        assertThat(carol.updates(LiveUpdate.RoomLeft.class)).hasSize(1);
        assertThat(carol.updates(LiveUpdate.NewMessage.class)).isEmpty();
        assertThat(alice.updates(LiveUpdate.ParticipantRemoved.class)).hasSize(1);
    }

    @Test
    void a_deleted_room_tells_its_connections_and_lets_them_go() {
        Recorder bob = connect("b", BOB);
        join(bob);

        chat.roomService.delete(ALICE, id(room));

        assertThat(bob.updates(LiveUpdate.RoomDeleted.class)).hasSize(1);
        assertThat(bob.updates(LiveUpdate.RoomLeft.class)).hasSize(1);
    }

    @Test
    void an_idle_live_room_closes_after_its_timeout_and_a_later_join_opens_a_new_one() {
        Recorder alice = connect("a", ALICE);
        join(alice);
        chat.liveRooms.leave(alice.id(), id(room));
        assertThat(chat.liveRooms.liveRoomsByState()).containsEntry(LiveRoomState.IDLE, 1);

        chat.clock.advance(Duration.ofMinutes(29));
        assertThat(chat.liveRooms.expireIdleRooms()).isZero();
        chat.clock.advance(Duration.ofMinutes(1));
        assertThat(chat.liveRooms.expireIdleRooms()).isEqualTo(1);
        assertThat(chat.liveRooms.liveRoomsByState()).isEmpty();

        Joined again = join(alice);
        chat.send(BOB, room, "welcome back");
        assertThat(again.memberCount()).isEqualTo(1);
        assertThat(alice.updates(LiveUpdate.NewMessage.class)).hasSize(1);
    }

    @Test
    void a_join_during_idle_makes_the_room_active_again() {
        Recorder alice = connect("a", ALICE);
        join(alice);
        chat.liveRooms.leave(alice.id(), id(room));

        chat.clock.advance(Duration.ofMinutes(10));
        join(alice);
        chat.clock.advance(Duration.ofHours(1));

        assertThat(chat.liveRooms.expireIdleRooms()).isZero();
        assertThat(chat.liveRooms.liveRoomsByState()).containsEntry(LiveRoomState.ACTIVE, 1);
    }

    @Test
    void presence_follows_the_first_and_last_connection() {
        Recorder one = connect("a1", ALICE);
        Recorder two = connect("a2", ALICE);

        assertThat(chat.users.presence(ALICE).online()).isTrue();
        chat.connections.disconnect(one.id());
        assertThat(chat.users.presence(ALICE).online()).isTrue();
        chat.connections.disconnect(two.id());
        assertThat(chat.users.presence(ALICE).online()).isFalse();
        assertThat(chat.users.presence(ALICE).lastSeen()).isEqualTo(chat.clock.instant());
    }

    @Test
    void members_of_live_rooms_hear_when_a_fellow_participant_comes_online_and_goes_offline() {
        Recorder alice = connect("a", ALICE);
        join(alice);
        Recorder outsider = connect("d", UserId.of("dave"));

        Recorder bob = connect("b", BOB);
        chat.connections.disconnect(bob.id());

        assertThat(alice.updates(LiveUpdate.Presence.class)).extracting(LiveUpdate.Presence::userId, LiveUpdate.Presence::online)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", true), org.assertj.core.groups.Tuple.tuple("bob", false));
        assertThat(outsider.updates(LiveUpdate.Presence.class)).isEmpty();
        assertThat(bob.updates(LiveUpdate.Presence.class)).isEmpty();
    }

    @Test
    void notifications_reach_every_connection_of_their_user() {
        Recorder one = connect("a1", ALICE);
        Recorder two = connect("a2", ALICE);
        Recorder bob = connect("b", BOB);

        chat.users.push(ALICE, "mention", "you were mentioned", "/rooms/1");

        assertThat(one.updates(LiveUpdate.Notification.class)).singleElement()
                .satisfies(n -> assertThat(n.message()).isEqualTo("you were mentioned"));
        assertThat(two.updates(LiveUpdate.Notification.class)).hasSize(1);
        assertThat(bob.updates(LiveUpdate.Notification.class)).isEmpty();
    }

    @Test
    void a_suspended_user_is_disconnected_and_refused() {
        Recorder bob = connect("b", BOB);

        chat.users.apply(BOB, UserStatus.SUSPENDED);

        assertThat(bob.closedFor).isEqualTo(ErrorCode.USER_SUSPENDED);
        refused(ErrorCode.USER_SUSPENDED, () -> connect("b2", BOB));
    }
}
