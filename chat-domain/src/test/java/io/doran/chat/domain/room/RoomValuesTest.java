package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoomValuesTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void a_room_name_of_100_emoji_fits_and_101_is_refused() {
        String hundred = "😀".repeat(100);

        assertThat(new RoomName(hundred).value()).isEqualTo(hundred);
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName(hundred + "😀"));
    }

    @Test
    void a_room_name_of_100_korean_syllables_fits_and_101_is_refused() {
        assertThat(new RoomName("한".repeat(100)).value()).hasSize(100);
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName("한".repeat(101)));
    }

    @Test
    void a_room_name_is_trimmed_before_it_is_counted() {
        assertThat(new RoomName("  " + "a".repeat(100) + "  ").value()).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\u0000b", "line\nbreak"})
    void a_room_name_must_not_be_empty_or_hold_control_characters(String name) {
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName(name));
    }

    @Test
    void a_display_name_holds_up_to_50_code_points() {
        assertThat(new DisplayName("🎉".repeat(50)).value()).isEqualTo("🎉".repeat(50));
        assertThat(new DisplayName("김".repeat(50)).isSet()).isTrue();
        refused(ErrorCode.VALIDATION_FAILED, () -> new DisplayName("🎉".repeat(51)));
    }

    @Test
    void a_missing_or_blank_display_name_is_unset() {
        assertThat(new DisplayName(null)).isEqualTo(DisplayName.unset());
        assertThat(new DisplayName("   ")).isEqualTo(DisplayName.unset());
        assertThat(DisplayName.unset().isSet()).isFalse();
        assertThat(new DisplayName(" 밥 ").value()).isEqualTo("밥");
    }

    @Test
    void a_post_id_is_trimmed_and_1_to_128_characters() {
        assertThat(new PostId("  post-9 ").value()).isEqualTo("post-9");
        assertThat(new PostId("p".repeat(128)).value()).hasSize(128);
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId("p".repeat(129)));
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId(""));
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId(null));
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId("a\tb"));
    }

    @Test
    void a_room_id_prints_and_parses_as_its_uuid() {
        RoomId id = RoomId.random();
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(RoomId.parse(id.toString())).isEqualTo(id);
        assertThat(RoomId.parse("123e4567-e89b-12d3-a456-426614174000").value()).isEqualTo(uuid);
        assertThat(new RoomId(uuid).toString()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(RoomId.random()).isNotEqualTo(RoomId.random());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "room-1", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
            "123e4567-e89b-12d3-a456-42661417400g"})
    void a_room_id_that_is_not_a_uuid_is_refused(String text) {
        refused(ErrorCode.VALIDATION_FAILED, () -> RoomId.parse(text));
    }

    @Test
    void a_missing_room_id_is_refused() {
        refused(ErrorCode.VALIDATION_FAILED, () -> RoomId.parse(null));
    }

    @ParameterizedTest
    @CsvSource({"private,PRIVATE", "public,PUBLIC", "' Public ',PUBLIC"})
    void visibility_parses_its_wire_names(String text, Visibility expected) {
        assertThat(Visibility.parse(text)).isEqualTo(expected);
        assertThat(expected.wireName()).isEqualTo(text.strip().toLowerCase());
    }

    @Test
    void visibility_has_no_default_when_parsing_nothing() {
        refused(ErrorCode.VALIDATION_FAILED, () -> Visibility.parse(null));
        refused(ErrorCode.VALIDATION_FAILED, () -> Visibility.parse(""));
    }

    @ParameterizedTest
    @CsvSource({"admin,ADMIN", "sub-admin,SUB_ADMIN", "member,MEMBER"})
    void roles_parse_their_wire_names(String text, Role expected) {
        assertThat(Role.parse(text)).isEqualTo(expected);
        assertThat(expected.wireName()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "owner", "sub_admin", "SUB-ADMINS"})
    void unknown_roles_are_refused(String text) {
        refused(ErrorCode.VALIDATION_FAILED, () -> Role.parse(text));
    }

    @Test
    void a_missing_role_is_refused() {
        refused(ErrorCode.VALIDATION_FAILED, () -> Role.parse(null));
    }

    @Test
    void participants_are_listed_longest_standing_first_then_by_user_id() {
        Participant late = new Participant(UserId.of("aaron"), Role.MEMBER, null, T0.plusSeconds(60));
        Participant earlyB = new Participant(UserId.of("bob"), Role.MEMBER, null, T0);
        Participant earlyA = new Participant(UserId.of("alice"), Role.ADMIN, null, T0);
        Participant earliest = new Participant(UserId.of("zoe"), Role.MEMBER, null, T0.minusSeconds(60));

        ChatRoom room = ChatRoom.restore(RoomId.random(), new RoomName("r"), Visibility.PRIVATE,
                Admission.INVITE_ONLY, null, UserId.of("alice"), T0, null, List.of(late, earlyB, earlyA, earliest), 3);

        assertThat(room.participants()).containsExactly(earliest, earlyA, earlyB, late);
    }

    @Test
    void a_participant_changes_one_thing_at_a_time() {
        Participant bob = new Participant(UserId.of("bob"), Role.MEMBER, null, T0);

        Participant promoted = bob.withRole(Role.SUB_ADMIN);
        Participant renamed = bob.withDisplayName(new DisplayName("밥"));

        assertThat(bob.displayName()).isEqualTo(DisplayName.unset());
        assertThat(promoted).isEqualTo(new Participant(UserId.of("bob"), Role.SUB_ADMIN, DisplayName.unset(), T0));
        assertThat(renamed).isEqualTo(new Participant(UserId.of("bob"), Role.MEMBER, new DisplayName("밥"), T0));
    }
}
