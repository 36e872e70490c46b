package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageBody;
import io.doran.chat.domain.message.MessageContent;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRoomTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    static final UserId DAVE = UserId.of("dave");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    static ChatRoom roomOf(UserId creator, UserId... invitees) {
        return ChatRoom.create(RoomId.random(), creator, new RoomName("study"), List.of(invitees), Visibility.PRIVATE,
                null, null, T0);
    }

    long nextId = 1;

    Message post(ChatRoom room, UserId sender, String text) {
        return room.post(sender, POLICY.body("text", text, null), new MessageId(nextId++), null, T0.plusSeconds(1));
    }

    @Test
    void a_room_of_three_makes_its_creator_admin_and_the_others_members() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        assertThat(room.roleOf(ALICE)).contains(Role.ADMIN);
        assertThat(room.roleOf(BOB)).contains(Role.MEMBER);
        assertThat(room.roleOf(CAROL)).contains(Role.MEMBER);
        assertThat(room.hasAdmin()).isTrue();
        assertThat(room.userCount()).isEqualTo(3);
    }

    @Test
    void a_room_of_two_has_no_admin() {
        ChatRoom room = roomOf(ALICE, BOB);

        assertThat(room.hasAdmin()).isFalse();
        assertThat(room.participants()).extracting(Participant::role).containsOnly(Role.MEMBER);
    }

    @Test
    void a_creator_who_invites_themselves_counts_once() {
        ChatRoom room = roomOf(ALICE, ALICE, BOB, BOB);

        assertThat(room.userCount()).isEqualTo(2);
        assertThat(room.hasAdmin()).isFalse();
    }

    @Test
    void a_room_with_a_ttl_expires_and_then_refuses_sends_edits_reactions_and_newcomers() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("flash"), List.of(BOB), Visibility.PUBLIC,
                new PostId("post-1"), Duration.ofHours(24), T0);
        Message message = post(room, ALICE, "hi");
        Instant later = T0.plus(Duration.ofHours(24));

        assertThat(room.expiresAt()).contains(later);
        assertThat(room.isExpired(later.minusMillis(1))).isFalse();
        assertThat(room.isExpired(later)).isTrue();
        refused(ErrorCode.ROOM_EXPIRED, () -> room.post(ALICE, POLICY.body("text", "late", null), new MessageId(99), null, later));
        refused(ErrorCode.ROOM_EXPIRED, () -> room.editMessage(ALICE, message, POLICY.content("x"), later));
        refused(ErrorCode.ROOM_EXPIRED, () -> room.requireMayReact(BOB, later));
        refused(ErrorCode.ROOM_EXPIRED, () -> room.addParticipant(ALICE, CAROL, Role.MEMBER, later));
        refused(ErrorCode.ROOM_EXPIRED, () -> room.requireOpen(later));
    }

    @Test
    void a_ttl_must_be_positive() {
        refused(ErrorCode.VALIDATION_FAILED, () -> ChatRoom.create(RoomId.random(), ALICE, new RoomName("x"), List.of(),
                Visibility.PRIVATE, null, Duration.ZERO, T0));
    }

    @Test
    void room_names_are_1_to_100_characters() {
        assertThat(new RoomName(" 스터디 ").value()).isEqualTo("스터디");
        assertThat(new RoomName("가".repeat(100)).value()).hasSize(100);
        assertThat(new RoomName("😀".repeat(100)).value().codePointCount(0, 200)).isEqualTo(100);
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName("가".repeat(101)));
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName("   "));
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName(null));
    }

    @Test
    void members_of_a_room_without_admin_may_rename_it_and_add_participants() {
        ChatRoom room = roomOf(ALICE, BOB);

        assertThat(room.rename(BOB, new RoomName("ours"), T0).name().value()).isEqualTo("ours");
        ParticipantAdded added = room.addParticipant(BOB, CAROL, Role.MEMBER, T0);

        assertThat(added.participant().userId()).isEqualTo(CAROL);
        assertThat(room.name().value()).isEqualTo("ours");
        assertThat(room.isParticipant(CAROL)).isTrue();
    }

    @Test
    void member_cannot_rename_a_room_that_has_an_admin() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.FORBIDDEN, () -> room.rename(BOB, new RoomName("mine"), T0));
        refused(ErrorCode.FORBIDDEN, () -> room.addParticipant(BOB, DAVE, Role.MEMBER, T0));
    }

    @Test
    void a_sub_admin_may_rename_and_add_members_but_not_give_roles() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);

        room.rename(BOB, new RoomName("renamed"), T0);
        room.addParticipant(BOB, DAVE, Role.MEMBER, T0);

        assertThat(room.name().value()).isEqualTo("renamed");
        refused(ErrorCode.FORBIDDEN, () -> room.addParticipant(BOB, UserId.of("erin"), Role.SUB_ADMIN, T0));
        refused(ErrorCode.FORBIDDEN, () -> room.changeRole(BOB, CAROL, Role.SUB_ADMIN, T0));
    }

    @Test
    void an_admin_may_add_with_a_role() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        room.addParticipant(ALICE, DAVE, Role.SUB_ADMIN, T0);

        assertThat(room.roleOf(DAVE)).contains(Role.SUB_ADMIN);
    }

    @Test
    void adding_someone_twice_is_refused() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.ALREADY_PARTICIPANT, () -> room.addParticipant(ALICE, BOB, Role.MEMBER, T0));
    }

    @Test
    void outsiders_can_do_nothing_in_a_room() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.rename(DAVE, new RoomName("x"), T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.addParticipant(DAVE, UserId.of("erin"), Role.MEMBER, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.removeParticipant(DAVE, BOB, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.delete(DAVE, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.post(DAVE, POLICY.body(null, "hi", null), new MessageId(5), null, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.setDisplayName(DAVE, DAVE, new DisplayName("d"), T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> room.requireMayReact(DAVE, T0));
    }

    @Test
    void everyone_may_leave_but_members_remove_nobody_else() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.FORBIDDEN, () -> room.removeParticipant(BOB, CAROL, T0));
        List<RoomEvent> events = room.removeParticipant(BOB, BOB, T0);

        assertThat(events).singleElement().isInstanceOfSatisfying(ParticipantRemoved.class,
                removed -> assertThat(removed.left()).isTrue());
        assertThat(room.isParticipant(BOB)).isFalse();
    }

    @Test
    void a_sub_admin_removes_members_but_not_admins_or_other_sub_admins() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL, DAVE);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);
        room.changeRole(ALICE, CAROL, Role.SUB_ADMIN, T0);

        refused(ErrorCode.FORBIDDEN, () -> room.removeParticipant(BOB, ALICE, T0));
        refused(ErrorCode.FORBIDDEN, () -> room.removeParticipant(BOB, CAROL, T0));
        room.removeParticipant(BOB, DAVE, T0);

        assertThat(room.isParticipant(DAVE)).isFalse();
    }

    @Test
    void an_admin_removes_anyone() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);
        room.changeRole(ALICE, BOB, Role.ADMIN, T0);

        room.removeParticipant(ALICE, BOB, T0);
        room.removeParticipant(ALICE, CAROL, T0);

        assertThat(room.participants()).extracting(Participant::userId).containsExactly(ALICE);
    }

    @Test
    void a_service_removes_anyone_and_the_last_admin_is_succeeded() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        List<RoomEvent> events = room.removeBySystem(ALICE, T0);

        assertThat(events.getFirst()).isInstanceOfSatisfying(ParticipantRemoved.class,
                removed -> assertThat(removed.by()).isEqualTo(ChatRoom.SYSTEM_USER));
        assertThat(room.roleOf(BOB)).contains(Role.ADMIN);
        refused(ErrorCode.PARTICIPANT_NOT_FOUND, () -> room.removeBySystem(DAVE, T0));
    }

    @Test
    void removing_someone_who_is_not_there_says_the_target_is_not_a_participant() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.PARTICIPANT_NOT_FOUND, () -> room.removeParticipant(ALICE, DAVE, T0));
    }

    @Test
    void when_the_last_admin_leaves_the_longest_standing_participant_becomes_admin() {
        ChatRoom room = roomOf(ALICE, CAROL, BOB);
        room.addParticipant(ALICE, DAVE, Role.MEMBER, T0.minusSeconds(60));

        List<RoomEvent> events = room.removeParticipant(ALICE, ALICE, T0.plusSeconds(5));

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(RoleChanged.class, promoted -> {
            assertThat(promoted.userId()).isEqualTo(DAVE);
            assertThat(promoted.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(room.roleOf(DAVE)).contains(Role.ADMIN);
    }

    @Test
    void among_participants_who_joined_together_promotion_goes_by_user_id() {
        ChatRoom room = roomOf(ALICE, CAROL, BOB);

        room.removeParticipant(ALICE, ALICE, T0);

        assertThat(room.roleOf(BOB)).contains(Role.ADMIN);
        assertThat(room.roleOf(CAROL)).contains(Role.MEMBER);
    }

    @Test
    void no_promotion_while_another_admin_remains() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);
        room.changeRole(ALICE, CAROL, Role.ADMIN, T0);

        List<RoomEvent> events = room.removeParticipant(ALICE, ALICE, T0);

        assertThat(events).hasSize(1);
        assertThat(room.roleOf(BOB)).contains(Role.MEMBER);
    }

    @Test
    void the_room_is_deleted_when_its_last_participant_leaves() {
        ChatRoom room = roomOf(ALICE, BOB);
        room.removeParticipant(ALICE, ALICE, T0);

        List<RoomEvent> events = room.removeParticipant(BOB, BOB, T0);

        assertThat(events).last().isInstanceOf(RoomDeleted.class);
        assertThat(room.isEmpty()).isTrue();
    }

    @Test
    void only_an_admin_deletes_a_room() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);

        refused(ErrorCode.FORBIDDEN, () -> room.delete(BOB, T0));
        refused(ErrorCode.FORBIDDEN, () -> room.delete(CAROL, T0));
        assertThat(room.delete(ALICE, T0).roomId()).isEqualTo(room.id());
        refused(ErrorCode.FORBIDDEN, () -> roomOf(ALICE, BOB).delete(ALICE, T0));
    }

    @Test
    void only_an_admin_changes_roles_and_the_only_admin_cannot_step_down() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        refused(ErrorCode.FORBIDDEN, () -> room.changeRole(BOB, CAROL, Role.ADMIN, T0));
        refused(ErrorCode.LAST_ADMIN, () -> room.changeRole(ALICE, ALICE, Role.MEMBER, T0));
        refused(ErrorCode.PARTICIPANT_NOT_FOUND, () -> room.changeRole(ALICE, DAVE, Role.MEMBER, T0));
        room.changeRole(ALICE, BOB, Role.ADMIN, T0);
        room.changeRole(ALICE, ALICE, Role.MEMBER, T0);

        assertThat(room.roleOf(ALICE)).contains(Role.MEMBER);
        assertThat(room.roleOf(BOB)).contains(Role.ADMIN);
    }

    @Test
    void a_participant_sets_their_own_display_name_only() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);

        room.setDisplayName(BOB, BOB, new DisplayName(" 밥 "), T0);

        assertThat(room.participant(BOB).map(Participant::displayName)).contains(new DisplayName("밥"));
        refused(ErrorCode.FORBIDDEN, () -> room.setDisplayName(ALICE, BOB, new DisplayName("x"), T0));
        room.setDisplayName(BOB, BOB, new DisplayName(""), T0);
        assertThat(room.participant(BOB).orElseThrow().displayName().isSet()).isFalse();
        refused(ErrorCode.VALIDATION_FAILED, () -> new DisplayName("x".repeat(51)));
    }

    @Test
    void a_post_makes_a_message_of_the_room() {
        ChatRoom room = roomOf(ALICE, BOB);

        Message message = room.post(BOB, POLICY.body("text", " hello ", null), new MessageId(7),
                new ClientMessageId("c1"), T0);

        assertThat(message.roomId()).isEqualTo(room.id());
        assertThat(message.authorId()).isEqualTo(BOB);
        assertThat(message.content()).contains("hello");
        assertThat(message.clientMessageId()).map(ClientMessageId::value).contains("c1");
        assertThat(message.type()).isEqualTo(MessageType.TEXT);
    }

    @Test
    void system_notices_are_posted_only_through_post_system() {
        ChatRoom room = roomOf(ALICE, BOB);

        refused(ErrorCode.FORBIDDEN, () -> room.post(ALICE, POLICY.systemNotice("x"), new MessageId(8), null, T0));
        Message notice = room.postSystem(POLICY.systemNotice("maintenance"), new MessageId(9), T0);

        assertThat(notice.authorId()).isEqualTo(ChatRoom.SYSTEM_USER);
        assertThat(notice.type()).isEqualTo(MessageType.SYSTEM);
    }

    @Test
    void the_author_edits_their_text_and_the_edit_is_dated() {
        ChatRoom room = roomOf(ALICE, BOB);
        Message message = post(room, BOB, "helo");

        MessageEdited edited = room.editMessage(BOB, message, POLICY.content("hello"), T0.plusSeconds(9));

        assertThat(edited.message().content()).contains("hello");
        assertThat(edited.message().editedAt()).contains(T0.plusSeconds(9));
        assertThat(edited.message().id()).isEqualTo(message.id());
        assertThat(message.content()).contains("helo");
    }

    @Test
    void nobody_edits_another_authors_message_not_even_an_admin() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL);
        Message message = post(room, BOB, "mine");

        refused(ErrorCode.FORBIDDEN, () -> room.editMessage(ALICE, message, POLICY.content("yours"), T0));
    }

    @Test
    void only_text_messages_are_editable() {
        ChatRoom room = roomOf(ALICE, BOB);
        Message image = room.post(BOB, POLICY.body("image", null, "https://x.io/a.png"), new MessageId(50), null, T0);

        refused(ErrorCode.NOT_EDITABLE, () -> room.editMessage(BOB, image, POLICY.content("caption"), T0));
    }

    @Test
    void a_deleted_message_is_gone_for_edits_and_deletes() {
        ChatRoom room = roomOf(ALICE, BOB);
        Message message = post(room, BOB, "oops");

        MessageDeleted deleted = room.deleteMessage(BOB, message, T0.plusSeconds(3));

        assertThat(deleted.message().isDeleted()).isTrue();
        assertThat(deleted.message().deletedBy()).contains(BOB);
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> room.editMessage(BOB, deleted.message(), POLICY.content("x"), T0));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> room.deleteMessage(BOB, deleted.message(), T0));
    }

    @Test
    void moderation_follows_the_table() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL, DAVE);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);
        room.changeRole(ALICE, CAROL, Role.SUB_ADMIN, T0);
        Message byMember = post(room, DAVE, "spam");
        Message bySubAdmin = post(room, CAROL, "note");
        Message byAdmin = post(room, ALICE, "rules");

        refused(ErrorCode.FORBIDDEN, () -> room.deleteMessage(DAVE, bySubAdmin, T0));
        assertThatThrownBy(() -> room.deleteMessage(DAVE, bySubAdmin, T0)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.reason()).contains(ErrorReason.OWN_MESSAGES_DELETE));
        refused(ErrorCode.FORBIDDEN, () -> room.deleteMessage(BOB, bySubAdmin, T0));
        assertThatThrownBy(() -> room.deleteMessage(BOB, bySubAdmin, T0)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.reason()).isEmpty());
        refused(ErrorCode.FORBIDDEN, () -> room.deleteMessage(BOB, byAdmin, T0));
        assertThat(room.deleteMessage(BOB, byMember, T0).by()).isEqualTo(BOB);
        assertThat(room.deleteMessage(ALICE, bySubAdmin, T0).message().isDeleted()).isTrue();
    }

    @Test
    void an_author_who_left_counts_as_a_member_for_moderation() {
        ChatRoom room = roomOf(ALICE, BOB, CAROL, DAVE);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);
        Message byDave = post(room, DAVE, "bye");
        room.removeParticipant(DAVE, DAVE, T0);

        assertThat(room.deleteMessage(BOB, byDave, T0).message().isDeleted()).isTrue();
    }

    @Test
    void a_message_of_another_room_is_not_found_here() {
        ChatRoom room = roomOf(ALICE, BOB);
        ChatRoom other = roomOf(ALICE, BOB);
        Message elsewhere = post(other, BOB, "x");

        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> room.deleteMessage(BOB, elsewhere, T0));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> room.editMessage(BOB, elsewhere, POLICY.content("y"), T0));
    }

    @Test
    void public_rooms_are_readable_by_anyone_and_private_rooms_by_participants() {
        ChatRoom secret = roomOf(ALICE, BOB);
        ChatRoom open = ChatRoom.create(RoomId.random(), ALICE, new RoomName("lobby"), List.of(), Visibility.PUBLIC,
                null, null, T0);

        assertThat(secret.isReadableBy(java.util.Optional.of(BOB))).isTrue();
        assertThat(secret.isReadableBy(java.util.Optional.of(DAVE))).isFalse();
        assertThat(secret.isReadableBy(java.util.Optional.empty())).isFalse();
        assertThat(open.isReadableBy(java.util.Optional.empty())).isTrue();
    }

    @Test
    void a_copy_is_independent_and_keeps_the_version() {
        ChatRoom room = ChatRoom.restore(RoomId.random(), new RoomName("r"), Visibility.PRIVATE, Admission.INVITE_ONLY,
                null, ALICE, T0, null, List.of(new Participant(ALICE, Role.MEMBER, null, T0)), 7);
        ChatRoom copy = room.copy();

        copy.rename(ALICE, new RoomName("changed"), T0);

        assertThat(room.name().value()).isEqualTo("r");
        assertThat(copy.version()).isEqualTo(7);
    }

    @Test
    void visibility_and_roles_parse_their_wire_names() {
        assertThat(Visibility.parse("PUBLIC")).isEqualTo(Visibility.PUBLIC);
        assertThat(Role.parse("sub-admin")).isEqualTo(Role.SUB_ADMIN);
        assertThat(Role.SUB_ADMIN.wireName()).isEqualTo("sub-admin");
        refused(ErrorCode.VALIDATION_FAILED, () -> Visibility.parse("secret"));
        refused(ErrorCode.VALIDATION_FAILED, () -> Role.parse("owner"));
        refused(ErrorCode.VALIDATION_FAILED, () -> RoomId.parse("not-a-uuid"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId(" "));
    }
}
