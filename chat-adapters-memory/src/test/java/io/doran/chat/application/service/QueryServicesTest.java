package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.DAVE;
import static io.doran.chat.application.service.ChatHarness.id;
import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.LiveRoomView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.UserProfileView;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The read-only use cases the seed surfaces need: a room's live state (000) and user profiles (001). */
class QueryServicesTest {

    final ChatHarness chat = new ChatHarness();

    @Test
    void a_participant_sees_who_is_connected_to_the_room_now() {
        RoomView room = chat.room(ALICE, BOB, CAROL);
        chat.roomService.setDisplayName(BOB, id(room), BOB, new DisplayName("밥"));
        chat.members.join(id(room), BOB, new ConnectionId("b1"));
        chat.members.join(id(room), BOB, new ConnectionId("b2"));
        chat.members.join(id(room), CAROL, new ConnectionId("c1"));
        chat.members.leave(id(room), CAROL, new ConnectionId("c1"));

        LiveRoomView live = chat.liveRoomQuery.liveRoom(ALICE, id(room));

        assertThat(live.roomId()).isEqualTo(room.roomId());
        assertThat(live.memberCount()).isEqualTo(1);
        assertThat(live.members()).extracting(ParticipantView::userId, ParticipantView::displayName,
                ParticipantView::roomDisplayName).containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "밥", "밥"));
    }

    @Test
    void only_participants_of_an_unexpired_room_see_its_live_state() {
        RoomView room = chat.room(ALICE, BOB);
        RoomView expiring = chat.roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("brief"),
                List.of(BOB), Optional.empty(), Visibility.PUBLIC, Optional.of(Duration.ofHours(1))));

        assertThat(chat.liveRoomQuery.liveRoom(BOB, id(room)).members()).isEmpty();
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.liveRoomQuery.liveRoom(DAVE, id(room)));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.liveRoomQuery.liveRoom(ALICE, RoomId.random()));
        chat.clock.advance(Duration.ofHours(1));
        refused(ErrorCode.ROOM_EXPIRED, () -> chat.liveRoomQuery.liveRoom(ALICE, id(expiring)));
    }

    @Test
    void profiles_are_what_the_directory_was_told_and_unknown_users_are_absent() {
        chat.directory.remember(new UserProfile(ALICE, Optional.of("김철수"), Optional.of("alice@example.com"),
                Optional.of("/media/alice.jpg")));
        chat.directory.remember(new UserProfile(BOB, Optional.empty(), Optional.of("bob@example.com"), Optional.empty()));

        var found = chat.profiles.profiles(List.of(ALICE, BOB, DAVE));

        assertThat(found).containsOnlyKeys("alice", "bob");
        assertThat(found.get("alice")).isEqualTo(new UserProfileView("alice", "김철수", "alice@example.com",
                "/media/alice.jpg"));
        assertThat(found.get("bob")).isEqualTo(new UserProfileView("bob", null, "bob@example.com", null));
        assertThat(chat.profiles.profiles(List.of())).isEmpty();
    }
}
