package io.doran.chat.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.UserBanned;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.moderation.ModerationReason;
import io.doran.chat.domain.moderation.ModerationTerm;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may ban, mute and report (issue 18), asked of the aggregate: the role order admin &gt; sub-admin &gt; member, in
 * a room with an admin (ALICE), a sub-admin (SUB), a member (MEM) and the actor in each role.
 */
class RoomModerationTableTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId ACTOR = UserId.of("actor");
    static final UserId SUB = UserId.of("sub");
    static final UserId MEM = UserId.of("mem");
    static final UserId OUTSIDER = UserId.of("outsider");
    static final Duration HOUR = Duration.ofHours(1);
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    enum Action {
        BAN_ADMIN((room, actor) -> room.ban(actor, ALICE, null, HOUR, T0)),
        BAN_SUB_ADMIN((room, actor) -> room.ban(actor, SUB, null, HOUR, T0)),
        BAN_MEMBER((room, actor) -> room.ban(actor, MEM, new ModerationReason("spam"), null, T0)),
        BAN_OUTSIDER((room, actor) -> room.ban(actor, OUTSIDER, null, HOUR, T0)),
        BAN_SELF((room, actor) -> room.ban(actor, actor, null, HOUR, T0)),
        UNBAN((room, actor) -> room.requireMayUnban(actor)),
        MUTE_ADMIN((room, actor) -> room.mute(actor, ALICE, HOUR, T0)),
        MUTE_SUB_ADMIN((room, actor) -> room.mute(actor, SUB, HOUR, T0)),
        MUTE_MEMBER((room, actor) -> room.mute(actor, MEM, HOUR, T0)),
        MUTE_SELF((room, actor) -> room.mute(actor, actor, HOUR, T0)),
        UNMUTE_MEMBER((room, actor) -> room.unmute(actor, MEM, T0)),
        LIST_BANS_AND_REPORTS((room, actor) -> room.requireModerator(actor)),
        REPORT_OTHERS_MESSAGE((room, actor) -> room.report(actor, post(room, MEM), new ModerationReason("abuse"),
                UUID.randomUUID(), T0)),
        REPORT_OWN_MESSAGE((room, actor) -> room.report(actor, post(room, actor), new ModerationReason("abuse"),
                UUID.randomUUID(), T0));

        final BiConsumer<ChatRoom, UserId> attempt;

        Action(BiConsumer<ChatRoom, UserId> attempt) {
            this.attempt = attempt;
        }

        static Message post(ChatRoom room, UserId author) {
            return room.post(author, POLICY.body("text", "hi", null), new MessageId(42), null, T0);
        }
    }

    static ChatRoom roomWithActorAs(Role role) {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("table"), List.of(ACTOR, SUB, MEM),
                Visibility.PRIVATE, null, null, T0);
        room.changeRole(ALICE, SUB, Role.SUB_ADMIN, T0);
        room.changeRole(ALICE, ACTOR, role, T0);
        return room;
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
            "ADMIN,     BAN_ADMIN,             true",
            "SUB_ADMIN, BAN_ADMIN,             false",
            "MEMBER,    BAN_ADMIN,             false",
            "ADMIN,     BAN_SUB_ADMIN,         true",
            "SUB_ADMIN, BAN_SUB_ADMIN,         false",
            "MEMBER,    BAN_SUB_ADMIN,         false",
            "ADMIN,     BAN_MEMBER,            true",
            "SUB_ADMIN, BAN_MEMBER,            true",
            "MEMBER,    BAN_MEMBER,            false",
            "ADMIN,     BAN_OUTSIDER,          true",
            "SUB_ADMIN, BAN_OUTSIDER,          true",
            "MEMBER,    BAN_OUTSIDER,          false",
            "ADMIN,     BAN_SELF,              false",
            "SUB_ADMIN, BAN_SELF,              false",
            "MEMBER,    BAN_SELF,              false",
            "ADMIN,     UNBAN,                 true",
            "SUB_ADMIN, UNBAN,                 true",
            "MEMBER,    UNBAN,                 false",
            "ADMIN,     MUTE_ADMIN,            true",
            "SUB_ADMIN, MUTE_ADMIN,            false",
            "MEMBER,    MUTE_ADMIN,            false",
            "ADMIN,     MUTE_SUB_ADMIN,        true",
            "SUB_ADMIN, MUTE_SUB_ADMIN,        false",
            "MEMBER,    MUTE_SUB_ADMIN,        false",
            "ADMIN,     MUTE_MEMBER,           true",
            "SUB_ADMIN, MUTE_MEMBER,           true",
            "MEMBER,    MUTE_MEMBER,           false",
            "ADMIN,     MUTE_SELF,             false",
            "SUB_ADMIN, MUTE_SELF,             false",
            "MEMBER,    MUTE_SELF,             false",
            "ADMIN,     UNMUTE_MEMBER,         true",
            "SUB_ADMIN, UNMUTE_MEMBER,         true",
            "MEMBER,    UNMUTE_MEMBER,         false",
            "ADMIN,     LIST_BANS_AND_REPORTS, true",
            "SUB_ADMIN, LIST_BANS_AND_REPORTS, true",
            "MEMBER,    LIST_BANS_AND_REPORTS, false",
            "ADMIN,     REPORT_OTHERS_MESSAGE, true",
            "SUB_ADMIN, REPORT_OTHERS_MESSAGE, true",
            "MEMBER,    REPORT_OTHERS_MESSAGE, true",
            "ADMIN,     REPORT_OWN_MESSAGE,    false",
            "SUB_ADMIN, REPORT_OWN_MESSAGE,    false",
            "MEMBER,    REPORT_OWN_MESSAGE,    false",
    })
    void in_a_room_with_an_admin(Role role, Action action, boolean allowed) {
        ChatRoom room = roomWithActorAs(role);

        if (allowed) {
            assertThatCode(() -> action.attempt.accept(room, ACTOR)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> action.attempt.accept(room, ACTOR)).isInstanceOf(ChatException.class)
                    .extracting(e -> ((ChatException) e).code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void the_last_admin_is_never_banned_nor_muted() {
        for (Role role : List.of(Role.SUB_ADMIN, Role.MEMBER)) {
            ChatRoom room = roomWithActorAs(role);
            assertThatThrownBy(() -> room.ban(ACTOR, ALICE, null, null, T0)).isInstanceOf(ChatException.class);
            assertThatThrownBy(() -> room.mute(ACTOR, ALICE, HOUR, T0)).isInstanceOf(ChatException.class);
            assertThatThrownBy(() -> room.ban(ALICE, ALICE, null, null, T0)).isInstanceOf(ChatException.class);
        }
    }

    @Test
    void a_banned_participant_is_removed_and_a_banned_admin_succeeded() {
        ChatRoom room = roomWithActorAs(Role.ADMIN);

        ChatRoom.Banned banned = room.ban(ACTOR, ALICE, new ModerationReason("  spam  "), Duration.ofMinutes(30), T0);

        assertThat(banned.ban().until()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(banned.ban().reason().value()).isEqualTo("spam");
        assertThat(banned.events()).first().isEqualTo(new UserBanned(room.id(), ALICE, ACTOR, "spam",
                T0.plus(Duration.ofMinutes(30)), T0));
        assertThat(banned.events()).hasAtLeastOneElementOfType(ParticipantRemoved.class);
        assertThat(room.isParticipant(ALICE)).isFalse();
        assertThat(room.roleOf(ACTOR)).contains(Role.ADMIN);
        assertThat(banned.events()).noneMatch(RoleChanged.class::isInstance);
    }

    @Test
    void a_ban_without_a_term_is_for_good_and_a_timed_one_ends() {
        ChatRoom room = roomWithActorAs(Role.ADMIN);

        assertThat(room.ban(ACTOR, MEM, null, null, T0).ban().isActive(T0.plus(Duration.ofDays(9999)))).isTrue();
        ChatRoom.Banned timed = room.ban(ACTOR, SUB, null, ModerationTerm.minutes(5), T0);
        assertThat(timed.ban().isActive(T0.plusSeconds(299))).isTrue();
        assertThat(timed.ban().isActive(T0.plusSeconds(300))).isFalse();
    }

    @Test
    void a_mute_keeps_the_member_in_the_room_until_it_ends() {
        ChatRoom room = roomWithActorAs(Role.SUB_ADMIN);

        ChatRoom.Muted muted = room.mute(ACTOR, MEM, ModerationTerm.minutes(10), T0);

        assertThat(room.isParticipant(MEM)).isTrue();
        assertThat(muted.event().muted()).isTrue();
        assertThat(muted.mute().isActive(T0.plusSeconds(599))).isTrue();
        assertThat(muted.mute().isActive(T0.plusSeconds(600))).isFalse();
        assertThat(room.unmute(ACTOR, MEM, T0).muted()).isFalse();
    }

    @Test
    void terms_and_reasons_refuse_what_is_out_of_range() {
        assertThatThrownBy(() -> ModerationTerm.minutes(0)).isInstanceOf(ChatException.class);
        assertThatThrownBy(() -> ModerationTerm.minutes(ModerationTerm.MAX_MINUTES + 1)).isInstanceOf(ChatException.class);
        assertThatThrownBy(() -> new ModerationReason(" ")).isInstanceOf(ChatException.class);
        assertThatThrownBy(() -> new ModerationReason("x".repeat(501))).isInstanceOf(ChatException.class);
        assertThat(new ModerationReason("x".repeat(500)).value()).hasSize(500);
    }

    @Test
    void muting_someone_outside_the_room_is_participant_not_found() {
        ChatRoom room = roomWithActorAs(Role.ADMIN);

        assertThatThrownBy(() -> room.mute(ACTOR, OUTSIDER, HOUR, T0)).isInstanceOf(ChatException.class)
                .extracting(e -> ((ChatException) e).code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND);
    }
}
