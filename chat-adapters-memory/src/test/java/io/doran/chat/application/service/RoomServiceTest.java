package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.DAVE;
import static io.doran.chat.application.service.ChatHarness.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomSummaryView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RoomServiceTest {

    final ChatHarness chat = new ChatHarness();

    static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void creating_a_room_of_three_makes_the_creator_admin() {
        RoomView room = chat.roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("study"),
                List.of(BOB, CAROL), Optional.of(new PostId("post-1")), Visibility.PUBLIC, Optional.of(Duration.ofHours(24))));

        assertThat(room.participants()).extracting(ParticipantView::userId, ParticipantView::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("alice", "admin"),
                        org.assertj.core.groups.Tuple.tuple("bob", "member"),
                        org.assertj.core.groups.Tuple.tuple("carol", "member"));
        assertThat(room.userCount()).isEqualTo(3);
        assertThat(room.postId()).isEqualTo("post-1");
        assertThat(room.visibility()).isEqualTo("public");
        assertThat(room.expiresAt()).isEqualTo(chat.clock.instant().plus(Duration.ofHours(24)));
    }

    @Test
    void display_names_resolve_from_the_room_then_the_directory_then_the_user_id() {
        chat.directory.remember(new UserProfile(BOB, Optional.of("Bobby"), Optional.empty(), Optional.empty()));
        RoomView room = chat.room(ALICE, BOB, CAROL);

        chat.roomService.setDisplayName(CAROL, id(room), CAROL, new DisplayName("캐롤"));
        RoomView seen = chat.roomService.getRoom(Optional.of(ALICE), id(room));

        assertThat(seen.participants()).extracting(ParticipantView::displayName)
                .containsExactlyInAnyOrder("alice", "Bobby", "캐롤");
    }

    @Test
    void anyone_joins_a_room_open_to_anyone_once_and_the_room_hears_it() {
        RoomView open = chat.roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("거래"), List.of(),
                Optional.of(new PostId("1")), Visibility.PRIVATE, Optional.empty(), Admission.ANYONE));
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(open), heard::add);

        assertThat(chat.roomService.getRoom(Optional.of(BOB), id(open)).userCount()).isEqualTo(1);
        RoomView joined = chat.roomService.join(BOB, id(open));
        long version = chat.rooms.findById(id(open)).orElseThrow().version();
        RoomView again = chat.roomService.join(BOB, id(open));

        assertThat(joined.participants()).extracting(ParticipantView::userId, ParticipantView::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "member"),
                        org.assertj.core.groups.Tuple.tuple("bob", "member"));
        assertThat(again.userCount()).isEqualTo(2);
        assertThat(chat.rooms.findById(id(open)).orElseThrow().version()).isEqualTo(version);
        assertThat(heard).singleElement().satisfies(b -> assertThat(b.event()).isInstanceOfSatisfying(
                ParticipantAdded.class, added -> assertThat(added.participant().userId()).isEqualTo(BOB)));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.roomService.getRoom(Optional.empty(), id(open)));
    }

    @Test
    void an_invite_only_room_cannot_be_joined_uninvited() {
        RoomView room = chat.room(ALICE, BOB);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.roomService.join(DAVE, id(room)));
        assertThat(chat.roomService.join(BOB, id(room)).userCount()).isEqualTo(2);
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.roomService.join(DAVE, RoomId.random()));
    }

    @Test
    void private_rooms_are_shown_to_participants_only_and_public_rooms_to_anyone() {
        RoomView secret = chat.room(ALICE, BOB);
        RoomView lobby = chat.publicRoom(ALICE);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.roomService.getRoom(Optional.of(DAVE), id(secret)));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.roomService.getRoom(Optional.empty(), id(secret)));
        assertThat(chat.roomService.getRoom(Optional.empty(), id(lobby)).name()).isEqualTo("lobby");
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.roomService.getRoom(Optional.of(ALICE), RoomId.random()));
    }

    @Test
    void the_room_list_is_newest_activity_first_with_last_message_and_unread_count() {
        RoomView quiet = chat.room(ALICE, BOB);
        RoomView busy = chat.room(ALICE, CAROL);
        chat.clock.advance(Duration.ofSeconds(1));
        RoomView newest = chat.room(ALICE, DAVE);
        chat.clock.advance(Duration.ofSeconds(1));
        chat.send(CAROL, busy, "one");
        chat.send(CAROL, busy, "two");
        chat.send(ALICE, busy, "mine");

        List<RoomSummaryView> list = chat.roomService.listRooms(ALICE);

        assertThat(list).extracting(RoomSummaryView::roomId)
                .containsExactly(busy.roomId(), newest.roomId(), quiet.roomId());
        assertThat(list.getFirst().lastMessage().content()).isEqualTo("mine");
        assertThat(list.getFirst().unreadCount()).isEqualTo(2);
        assertThat(list.get(1).lastMessage()).isNull();
        assertThat(chat.roomService.listRooms(DAVE)).extracting(RoomSummaryView::roomId).containsExactly(newest.roomId());
    }

    @Test
    void marking_read_lowers_the_unread_count() {
        RoomView room = chat.room(ALICE, BOB);
        chat.send(BOB, room, "one");
        var second = chat.send(BOB, room, "two");
        chat.send(BOB, room, "three");

        int unread = chat.messageService.markRead(ALICE, id(room), MessageId.parse(second.messageId()));

        assertThat(unread).isEqualTo(1);
        assertThat(chat.roomService.listRooms(ALICE).getFirst().unreadCount()).isEqualTo(1);
    }

    @Test
    void rename_add_change_role_and_remove_follow_the_permissions() {
        RoomView room = chat.room(ALICE, BOB, CAROL);

        refused(ErrorCode.FORBIDDEN, () -> chat.roomService.rename(BOB, id(room), new RoomName("mine")));
        chat.roomService.changeRole(ALICE, id(room), BOB, Role.SUB_ADMIN);
        assertThat(chat.roomService.rename(BOB, id(room), new RoomName("renamed")).name()).isEqualTo("renamed");
        RoomView withDave = chat.roomService.addParticipant(BOB, id(room), DAVE, Role.MEMBER);
        assertThat(withDave.userCount()).isEqualTo(4);
        refused(ErrorCode.ALREADY_PARTICIPANT, () -> chat.roomService.addParticipant(ALICE, id(room), DAVE, Role.MEMBER));
        refused(ErrorCode.FORBIDDEN, () -> chat.roomService.removeParticipant(CAROL, id(room), DAVE));
        chat.roomService.removeParticipant(BOB, id(room), DAVE);

        assertThat(chat.roomService.getRoom(Optional.of(ALICE), id(room)).userCount()).isEqualTo(3);
        assertThat(chat.roomService.listRooms(DAVE)).isEmpty();
    }

    @Test
    void when_the_admin_leaves_the_longest_standing_participant_is_admin() {
        RoomView room = chat.room(ALICE, BOB, CAROL);
        chat.clock.advance(Duration.ofMinutes(1));
        chat.roomService.addParticipant(ALICE, id(room), DAVE, Role.MEMBER);

        chat.roomService.removeParticipant(ALICE, id(room), ALICE);

        RoomView after = chat.roomService.getRoom(Optional.of(BOB), id(room));
        assertThat(after.participants()).filteredOn(p -> p.role().equals("admin")).extracting(ParticipantView::userId)
                .containsExactly("bob");
    }

    @Test
    void the_room_is_deleted_with_its_messages_when_the_last_participant_leaves() {
        RoomView room = chat.room(ALICE, BOB);
        chat.send(ALICE, room, "hello");

        chat.roomService.removeParticipant(ALICE, id(room), ALICE);
        chat.roomService.removeParticipant(BOB, id(room), BOB);

        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.roomService.getRoom(Optional.of(BOB), id(room)));
        assertThat(chat.messages.latest(id(room))).isEmpty();
    }

    @Test
    void only_the_admin_deletes_a_room_and_everything_in_it_goes() {
        RoomView room = chat.room(ALICE, BOB, CAROL);
        chat.send(BOB, room, "bye");
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(room), heard::add);

        refused(ErrorCode.FORBIDDEN, () -> chat.roomService.delete(BOB, id(room)));
        chat.roomService.delete(ALICE, id(room));

        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.messageService.history(
                new GetHistoryUseCase.Query(Optional.of(ALICE), id(room), Optional.empty(), Optional.empty(), 50)));
        assertThat(chat.roomService.listRooms(BOB)).isEmpty();
        assertThat(heard).singleElement().satisfies(broadcast -> {
            assertThat(broadcast.event()).isInstanceOf(io.doran.chat.domain.event.RoomDeleted.class);
            assertThat(LiveUpdates.of(broadcast)).contains(new LiveUpdate.RoomDeleted(room.roomId()));
        });
    }

    @Test
    void concurrent_additions_to_one_room_are_all_kept() throws InterruptedException {
        RoomView room = chat.room(ALICE, BOB);
        Thread[] threads = new Thread[6];
        for (int t = 0; t < threads.length; t++) {
            var newcomer = io.doran.chat.domain.shared.UserId.of("user-" + t);
            threads[t] = new Thread(() -> chat.roomService.addParticipant(ALICE, id(room), newcomer, Role.MEMBER));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(chat.roomService.getRoom(Optional.of(ALICE), id(room)).userCount()).isEqualTo(8);
    }

    @Test
    void commands_refuse_bad_input() {
        refused(ErrorCode.VALIDATION_FAILED, () -> new CreateRoomUseCase.Command(ALICE, new RoomName("x"), List.of(),
                Optional.empty(), Visibility.PRIVATE, Optional.of(Duration.ofDays(400))));
        refused(ErrorCode.LIMIT_TOO_LARGE, () -> new GetHistoryUseCase.Query(Optional.empty(), RoomId.random(),
                Optional.empty(), Optional.empty(), 101));
        refused(ErrorCode.VALIDATION_FAILED, () -> new GetHistoryUseCase.Query(Optional.empty(), RoomId.random(),
                Optional.empty(), Optional.empty(), 0));
        refused(ErrorCode.VALIDATION_FAILED, () -> new GetHistoryUseCase.Query(Optional.empty(), RoomId.random(),
                Optional.of(new MessageId(1)), Optional.of(new MessageId(2)), 10));
    }
}
