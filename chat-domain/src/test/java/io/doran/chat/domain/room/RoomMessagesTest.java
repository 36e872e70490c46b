package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageBody;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posting, editing and deleting messages through the room (000, 002). */
class RoomMessagesTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant EXPIRY = T0.plus(Duration.ofHours(24));
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    static final UserId DAVE = UserId.of("dave");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    final ChatRoom pair = ChatRoom.create(RoomId.random(), ALICE, new RoomName("pair"), List.of(BOB),
            Visibility.PRIVATE, null, null, T0);
    final ChatRoom expiring = ChatRoom.create(RoomId.random(), ALICE, new RoomName("flash"), List.of(BOB, CAROL),
            Visibility.PRIVATE, null, Duration.ofHours(24), T0);
    long nextId = 1;

    Message text(ChatRoom room, UserId author, String text, Instant at) {
        return room.post(author, POLICY.body("text", text, null), new MessageId(nextId++), null, at);
    }

    @Test
    void an_image_post_keeps_its_url_and_caption() {
        Message message = pair.post(ALICE, POLICY.body("image", " look ", "https://cdn.example.com/p.png"),
                new MessageId(3), null, T0);

        assertThat(message.type()).isEqualTo(MessageType.IMAGE);
        assertThat(message.imageUrl()).contains("https://cdn.example.com/p.png");
        assertThat(message.content()).contains("look");
        assertThat(message.createdAt()).isEqualTo(T0);
        assertThat(message.isEdited()).isFalse();
        assertThat(message.isDeleted()).isFalse();
    }

    @Test
    void an_emoji_post_keeps_its_emoji() {
        Message message = pair.post(BOB, POLICY.body("emoji", "👍🏽", null), new MessageId(4), null, T0);

        assertThat(message.type()).isEqualTo(MessageType.EMOJI);
        assertThat(message.content()).contains("👍🏽");
        assertThat(message.imageUrl()).isEmpty();
        assertThat(message.clientMessageId()).isEmpty();
    }

    @Test
    void a_posted_event_takes_its_room_and_time_from_the_message() {
        Message message = text(pair, ALICE, "hi", T0.plusSeconds(4));

        MessagePosted posted = new MessagePosted(message);

        assertThat(posted.roomId()).isEqualTo(pair.id());
        assertThat(posted.at()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void an_expired_room_refuses_posts_of_every_type_and_system_notices() {
        refused(ErrorCode.ROOM_EXPIRED, () -> text(expiring, ALICE, "late", EXPIRY));
        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.post(ALICE, POLICY.body("emoji", "😀", null),
                new MessageId(5), null, EXPIRY.plusSeconds(1)));
        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.post(ALICE, POLICY.body("image", null, "https://x.io/a.png"),
                new MessageId(6), null, EXPIRY));
        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.postSystem(POLICY.systemNotice("bye"), new MessageId(7), EXPIRY));
    }

    @Test
    void an_expiring_room_accepts_posts_and_reactions_until_its_last_millisecond() {
        Instant lastMoment = EXPIRY.minusMillis(1);

        assertThat(text(expiring, BOB, "just in time", lastMoment).createdAt()).isEqualTo(lastMoment);
        assertThatCode(() -> expiring.requireMayReact(BOB, lastMoment)).doesNotThrowAnyException();
        assertThatCode(() -> expiring.requireOpen(lastMoment)).doesNotThrowAnyException();
    }

    @Test
    void an_expired_room_refuses_edits_even_by_the_author() {
        Message message = text(expiring, BOB, "typo", T0);

        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.editMessage(BOB, message, POLICY.content("fixed"), EXPIRY));
    }

    @Test
    void an_expired_room_refuses_reactions() {
        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.requireMayReact(ALICE, EXPIRY));
        refused(ErrorCode.ROOM_EXPIRED, () -> expiring.requireMayReact(ALICE, EXPIRY.plus(Duration.ofDays(1))));
    }

    @Test
    void an_outsider_cannot_react_edit_or_delete() {
        Message message = text(pair, BOB, "hi", T0);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pair.requireMayReact(DAVE, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pair.editMessage(DAVE, message, POLICY.content("x"), T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pair.deleteMessage(DAVE, message, T0));
    }

    @Test
    void an_author_who_left_can_no_longer_edit_or_delete_their_message() {
        Message message = text(pair, BOB, "hi", T0);
        pair.removeParticipant(BOB, BOB, T0);

        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pair.editMessage(BOB, message, POLICY.content("x"), T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pair.deleteMessage(BOB, message, T0));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> text(pair, BOB, "again", T0));
    }

    @Test
    void a_member_cannot_delete_another_members_message_even_without_an_admin() {
        Message message = text(pair, BOB, "mine", T0);

        refused(ErrorCode.FORBIDDEN, () -> pair.deleteMessage(ALICE, message, T0));
    }

    @Test
    void deleting_yields_a_deleted_copy_and_leaves_the_original_untouched() {
        Message message = text(pair, BOB, "oops", T0);

        MessageDeleted deleted = pair.deleteMessage(BOB, message, T0.plusSeconds(3));

        assertThat(deleted.roomId()).isEqualTo(pair.id());
        assertThat(deleted.at()).isEqualTo(T0.plusSeconds(3));
        assertThat(deleted.message().deletedAt()).contains(T0.plusSeconds(3));
        assertThat(deleted.message().id()).isEqualTo(message.id());
        assertThat(deleted.message().content()).isEqualTo(message.content());
        assertThat(message.isDeleted()).isFalse();
        assertThat(message.deletedBy()).isEmpty();
    }

    @Test
    void a_moderator_deletion_records_the_moderator() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("mod"), List.of(BOB, CAROL),
                Visibility.PRIVATE, null, null, T0);
        Message message = text(room, BOB, "spam", T0);

        MessageDeleted deleted = room.deleteMessage(ALICE, message, T0);

        assertThat(deleted.by()).isEqualTo(ALICE);
        assertThat(deleted.message().deletedBy()).contains(ALICE);
        assertThat(deleted.message().authorId()).isEqualTo(BOB);
    }

    @Test
    void an_edited_event_carries_the_new_version_and_its_room() {
        Message message = text(pair, ALICE, "v1", T0);

        MessageEdited first = pair.editMessage(ALICE, message, POLICY.content("v2"), T0.plusSeconds(1));
        MessageEdited second = pair.editMessage(ALICE, first.message(), POLICY.content("v3"), T0.plusSeconds(2));

        assertThat(second.roomId()).isEqualTo(pair.id());
        assertThat(second.at()).isEqualTo(T0.plusSeconds(2));
        assertThat(second.message().content()).contains("v3");
        assertThat(second.message().editedAt()).contains(T0.plusSeconds(2));
        assertThat(second.message().createdAt()).isEqualTo(T0);
        assertThat(first.message().content()).contains("v2");
    }

    @Test
    void emoji_messages_are_not_editable_and_system_notices_have_no_author_who_could_edit() {
        Message emoji = pair.post(BOB, POLICY.body("emoji", "🎉", null), new MessageId(70), null, T0);
        Message notice = pair.postSystem(POLICY.systemNotice("welcome"), new MessageId(71), T0);

        refused(ErrorCode.NOT_EDITABLE, () -> pair.editMessage(BOB, emoji, POLICY.content("x"), T0));
        refused(ErrorCode.FORBIDDEN, () -> pair.editMessage(BOB, notice, POLICY.content("x"), T0));
    }

    @Test
    void a_system_notice_counts_as_a_members_message_for_moderation() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("mod"), List.of(BOB, CAROL),
                Visibility.PRIVATE, null, null, T0);
        room.changeRole(ALICE, BOB, Role.SUB_ADMIN, T0);
        Message notice = room.postSystem(new MessageBody.SystemNotice(POLICY.content("maintenance")),
                new MessageId(80), T0);

        refused(ErrorCode.FORBIDDEN, () -> room.deleteMessage(CAROL, notice, T0));
        assertThat(room.deleteMessage(BOB, notice, T0).message().isDeleted()).isTrue();
    }
}
