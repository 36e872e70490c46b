package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.DisplayNameChanged;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.RoomRenamed;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creation, membership changes and the events they return (000, 001, 002). */
class RoomLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    static final UserId DAVE = UserId.of("dave");

    static ChatRoom create(UserId creator, List<UserId> invitees) {
        return ChatRoom.create(RoomId.random(), creator, new RoomName("room"), invitees, Visibility.PRIVATE, null,
                null, T0);
    }

    @Test
    void a_new_room_keeps_what_it_was_created_with_at_version_0() {
        RoomId id = RoomId.random();

        ChatRoom room = ChatRoom.create(id, ALICE, new RoomName("market"), List.of(BOB), Visibility.PUBLIC,
                new PostId("post-7"), null, T0);

        assertThat(room.id()).isEqualTo(id);
        assertThat(room.name()).isEqualTo(new RoomName("market"));
        assertThat(room.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(room.postId()).contains(new PostId("post-7"));
        assertThat(room.createdBy()).isEqualTo(ALICE);
        assertThat(room.createdAt()).isEqualTo(T0);
        assertThat(room.version()).isZero();
        assertThat(room.expiresAt()).isEmpty();
        assertThat(room.isExpired(T0.plus(Duration.ofDays(3650)))).isFalse();
        assertThat(room.participants()).extracting(Participant::joinedAt).containsOnly(T0);
    }

    @Test
    void a_room_without_a_post_has_no_post_id() {
        assertThat(create(ALICE, List.of(BOB)).postId()).isEmpty();
    }

    @Test
    void a_creator_invited_twice_with_two_others_makes_three_and_is_admin() {
        ChatRoom room = create(ALICE, List.of(ALICE, BOB, CAROL, BOB));

        assertThat(room.userCount()).isEqualTo(3);
        assertThat(room.roleOf(ALICE)).contains(Role.ADMIN);
        assertThat(room.participants()).filteredOn(p -> p.role() == Role.ADMIN).hasSize(1);
    }

    @Test
    void a_room_of_one_has_no_admin() {
        ChatRoom room = create(ALICE, List.of());

        assertThat(room.userCount()).isEqualTo(1);
        assertThat(room.roleOf(ALICE)).contains(Role.MEMBER);
        assertThat(room.hasAdmin()).isFalse();
    }

    @Test
    void a_negative_ttl_is_refused() {
        refused(ErrorCode.VALIDATION_FAILED, () -> ChatRoom.create(RoomId.random(), ALICE, new RoomName("x"),
                List.of(), Visibility.PRIVATE, null, Duration.ofHours(-1), T0));
    }

    @Test
    void renaming_says_who_renamed_and_to_what() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        RoomRenamed renamed = room.rename(ALICE, new RoomName("new"), T0.plusSeconds(1));

        assertThat(renamed).isEqualTo(new RoomRenamed(room.id(), new RoomName("new"), ALICE, T0.plusSeconds(1)));
    }

    @Test
    void a_newcomer_joins_now_as_the_most_recent_participant() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        ParticipantAdded added = room.addParticipant(ALICE, DAVE, Role.MEMBER, T0.plusSeconds(5));

        assertThat(added.by()).isEqualTo(ALICE);
        assertThat(added.participant()).isEqualTo(new Participant(DAVE, Role.MEMBER, DisplayName.unset(),
                T0.plusSeconds(5)));
        assertThat(room.participants().getLast().userId()).isEqualTo(DAVE);
    }

    @Test
    void a_removal_by_someone_else_is_not_a_leave() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        List<RoomEvent> events = room.removeParticipant(ALICE, BOB, T0);

        assertThat(events).containsExactly(new ParticipantRemoved(room.id(), BOB, ALICE, T0));
        assertThat(((ParticipantRemoved) events.getFirst()).left()).isFalse();
    }

    @Test
    void a_sole_admin_leaving_alone_deletes_the_room_without_promoting_anyone() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));
        room.removeParticipant(ALICE, BOB, T0);
        room.removeParticipant(ALICE, CAROL, T0);

        List<RoomEvent> events = room.removeParticipant(ALICE, ALICE, T0.plusSeconds(1));

        assertThat(events).containsExactly(
                new ParticipantRemoved(room.id(), ALICE, ALICE, T0.plusSeconds(1)),
                new RoomDeleted(room.id(), ALICE, T0.plusSeconds(1)));
        assertThat(room.isEmpty()).isTrue();
        assertThat(room.userCount()).isZero();
    }

    @Test
    void the_last_admin_leaving_gives_removal_then_promotion_by_the_leaver() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        List<RoomEvent> events = room.removeParticipant(ALICE, ALICE, T0.plusSeconds(2));

        assertThat(events).containsExactly(
                new ParticipantRemoved(room.id(), ALICE, ALICE, T0.plusSeconds(2)),
                new RoleChanged(room.id(), BOB, Role.ADMIN, ALICE, T0.plusSeconds(2)));
    }

    @Test
    void the_admin_role_passes_down_by_seniority_until_the_room_is_empty() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));
        room.addParticipant(ALICE, DAVE, Role.MEMBER, T0.plusSeconds(10));

        room.removeParticipant(ALICE, ALICE, T0.plusSeconds(20));
        assertThat(room.roleOf(BOB)).contains(Role.ADMIN);
        room.removeParticipant(BOB, BOB, T0.plusSeconds(21));
        assertThat(room.roleOf(CAROL)).contains(Role.ADMIN);
        room.removeParticipant(CAROL, CAROL, T0.plusSeconds(22));
        assertThat(room.roleOf(DAVE)).contains(Role.ADMIN);
        List<RoomEvent> last = room.removeParticipant(DAVE, DAVE, T0.plusSeconds(23));

        assertThat(last).last().isEqualTo(new RoomDeleted(room.id(), DAVE, T0.plusSeconds(23)));
    }

    @Test
    void a_sub_admin_does_not_outrank_seniority_in_the_promotion() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));
        room.addParticipant(ALICE, DAVE, Role.SUB_ADMIN, T0.plusSeconds(10));

        room.removeParticipant(ALICE, ALICE, T0.plusSeconds(20));

        assertThat(room.roleOf(BOB)).contains(Role.ADMIN);
        assertThat(room.roleOf(DAVE)).contains(Role.SUB_ADMIN);
    }

    @Test
    void removing_an_admin_while_another_remains_promotes_nobody() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));
        room.changeRole(ALICE, CAROL, Role.ADMIN, T0);

        List<RoomEvent> events = room.removeParticipant(CAROL, ALICE, T0);

        assertThat(events).hasSize(1);
        assertThat(room.roleOf(BOB)).contains(Role.MEMBER);
        assertThat(room.roleOf(CAROL)).contains(Role.ADMIN);
    }

    @Test
    void the_only_admin_cannot_demote_themselves_to_sub_admin_either() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        refused(ErrorCode.LAST_ADMIN, () -> room.changeRole(ALICE, ALICE, Role.SUB_ADMIN, T0));
        assertThat(room.roleOf(ALICE)).contains(Role.ADMIN);
    }

    @Test
    void an_admin_keeping_the_admin_role_is_not_a_demotion() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        RoleChanged changed = room.changeRole(ALICE, ALICE, Role.ADMIN, T0);

        assertThat(changed).isEqualTo(new RoleChanged(room.id(), ALICE, Role.ADMIN, ALICE, T0));
    }

    @Test
    void members_of_a_room_without_admin_cannot_make_anyone_admin() {
        ChatRoom room = create(ALICE, List.of(BOB));

        refused(ErrorCode.FORBIDDEN, () -> room.changeRole(ALICE, ALICE, Role.ADMIN, T0));
        refused(ErrorCode.FORBIDDEN, () -> room.addParticipant(ALICE, CAROL, Role.ADMIN, T0));
        assertThat(room.hasAdmin()).isFalse();
    }

    @Test
    void an_admin_may_add_another_admin() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        room.addParticipant(ALICE, DAVE, Role.ADMIN, T0);

        assertThat(room.roleOf(DAVE)).contains(Role.ADMIN);
    }

    @Test
    void setting_a_display_name_says_whose_and_what() {
        ChatRoom room = create(ALICE, List.of(BOB));

        DisplayNameChanged changed = room.setDisplayName(BOB, BOB, new DisplayName("보비"), T0);

        assertThat(changed).isEqualTo(new DisplayNameChanged(room.id(), BOB, new DisplayName("보비"), T0));
        assertThat(room.participant(BOB).orElseThrow().displayName().value()).isEqualTo("보비");
    }

    @Test
    void an_outsider_cannot_set_anyones_display_name() {
        ChatRoom room = create(ALICE, List.of(BOB));

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.setDisplayName(DAVE, BOB, new DisplayName("x"), T0));
        assertThat(room.participant(BOB).orElseThrow().displayName().isSet()).isFalse();
    }

    @Test
    void a_participant_who_left_can_no_longer_act() {
        ChatRoom room = create(ALICE, List.of(BOB));
        room.removeParticipant(BOB, BOB, T0);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.requireParticipant(BOB));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.rename(BOB, new RoomName("x"), T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.removeParticipant(BOB, BOB, T0));
        assertThat(room.participant(BOB)).isEmpty();
        assertThat(room.roleOf(BOB)).isEmpty();
    }

    @Test
    void only_an_admin_deletes_and_the_deletion_says_who() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));

        assertThat(room.delete(ALICE, T0)).isEqualTo(new RoomDeleted(room.id(), ALICE, T0));
        refused(ErrorCode.FORBIDDEN, () -> create(ALICE, List.of(BOB)).delete(BOB, T0));
    }

    @Test
    void a_copy_does_not_share_participants_with_the_original() {
        ChatRoom room = create(ALICE, List.of(BOB, CAROL));
        ChatRoom copy = room.copy();

        copy.addParticipant(ALICE, DAVE, Role.MEMBER, T0);
        copy.removeParticipant(ALICE, BOB, T0);

        assertThat(room.participants()).extracting(Participant::userId).containsExactly(ALICE, BOB, CAROL);
        assertThat(copy.participants()).extracting(Participant::userId).containsExactly(ALICE, CAROL, DAVE);
        assertThat(copy.id()).isEqualTo(room.id());
    }
}
