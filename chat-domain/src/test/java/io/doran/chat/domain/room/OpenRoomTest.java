package io.doran.chat.domain.room;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rooms open to anyone authenticated (001): joining uninvited, reading before joining, and their limits. */
class OpenRoomTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");

    static ChatRoom openRoom(Duration ttl) {
        return ChatRoom.create(RoomId.random(), ALICE, new RoomName("중고 거래"), List.of(), Visibility.PRIVATE,
                Admission.ANYONE, new PostId("1"), ttl, T0);
    }

    @Test
    void anyone_authenticated_joins_an_open_room_as_a_member() {
        ChatRoom room = openRoom(null);

        Optional<ParticipantAdded> joined = room.join(BOB, T0.plusSeconds(1));

        assertThat(joined).hasValueSatisfying(event -> {
            assertThat(event.participant().userId()).isEqualTo(BOB);
            assertThat(event.participant().role()).isEqualTo(Role.MEMBER);
            assertThat(event.by()).isEqualTo(BOB);
        });
        assertThat(room.isParticipant(BOB)).isTrue();
        assertThat(room.hasAdmin()).isFalse();
    }

    @Test
    void joining_a_room_one_is_in_changes_nothing() {
        ChatRoom room = openRoom(null);
        room.join(BOB, T0);

        assertThat(room.join(BOB, T0.plusSeconds(5))).isEmpty();
        assertThat(room.join(ALICE, T0)).isEmpty();
        assertThat(room.userCount()).isEqualTo(2);
    }

    @Test
    void an_invite_only_room_refuses_whoever_was_not_added() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("study"), List.of(BOB), Visibility.PUBLIC,
                null, null, T0);

        assertThat(room.admission()).isEqualTo(Admission.INVITE_ONLY);
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.join(CAROL, T0));
        assertThat(room.join(BOB, T0)).isEmpty();
    }

    @Test
    void an_expired_open_room_takes_nobody_new() {
        ChatRoom room = openRoom(Duration.ofHours(1));

        refused(ErrorCode.ROOM_EXPIRED, () -> room.join(BOB, T0.plus(Duration.ofHours(1))));
        assertThat(room.isParticipant(BOB)).isFalse();
    }

    @Test
    void an_open_room_is_readable_by_any_authenticated_user_but_not_anonymously() {
        ChatRoom room = openRoom(null);

        assertThat(room.isReadableBy(Optional.of(CAROL))).isTrue();
        assertThat(room.isReadableBy(Optional.empty())).isFalse();
    }

    @Test
    void the_admission_survives_a_copy_and_a_new_version() {
        ChatRoom room = openRoom(null);

        assertThat(room.copy().admission()).isEqualTo(Admission.ANYONE);
        assertThat(room.withVersion(4).admission()).isEqualTo(Admission.ANYONE);
        assertThat(room.withVersion(4).version()).isEqualTo(4);
    }

    @Test
    void only_open_rooms_take_uninvited_users() {
        assertThat(Permissions.mayJoinUninvited(Admission.ANYONE)).isTrue();
        assertThat(Permissions.mayJoinUninvited(Admission.INVITE_ONLY)).isFalse();
    }

    @Test
    void admissions_parse_their_wire_names() {
        assertThat(Admission.parse(" Anyone ")).isEqualTo(Admission.ANYONE);
        assertThat(Admission.parse("invite-only")).isEqualTo(Admission.INVITE_ONLY);
        refused(ErrorCode.VALIDATION_FAILED, () -> Admission.parse("everyone"));
        refused(ErrorCode.VALIDATION_FAILED, () -> Admission.parse(null));
    }
}
