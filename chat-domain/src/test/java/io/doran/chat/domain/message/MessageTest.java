package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The message itself: immutable, edited only as text by its author, invisible once deleted (000, 002). */
class MessageTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final RoomId ROOM = RoomId.random();
    static final UserId BOB = UserId.of("bob");
    static final UserId ALICE = UserId.of("alice");

    static Message stored(MessageType type, String content, String imageUrl) {
        return Message.restore(new MessageId(100), ROOM, BOB, type, content, imageUrl, T0, null, null, null,
                new ClientMessageId("c-1"));
    }

    @Test
    void a_restored_message_reads_back_what_was_stored() {
        Message message = Message.restore(new MessageId(100), ROOM, BOB, MessageType.TEXT, "hi", null, T0,
                T0.plusSeconds(1), T0.plusSeconds(2), ALICE, new ClientMessageId("c-1"));

        assertThat(message.id()).isEqualTo(new MessageId(100));
        assertThat(message.roomId()).isEqualTo(ROOM);
        assertThat(message.authorId()).isEqualTo(BOB);
        assertThat(message.isAuthoredBy(BOB)).isTrue();
        assertThat(message.isAuthoredBy(ALICE)).isFalse();
        assertThat(message.content()).contains("hi");
        assertThat(message.imageUrl()).isEmpty();
        assertThat(message.editedAt()).contains(T0.plusSeconds(1));
        assertThat(message.isEdited()).isTrue();
        assertThat(message.deletedAt()).contains(T0.plusSeconds(2));
        assertThat(message.deletedBy()).contains(ALICE);
        assertThat(message.isDeleted()).isTrue();
        assertThat(message.clientMessageId()).contains(new ClientMessageId("c-1"));
    }

    @Test
    void two_restorations_of_the_same_row_are_equal() {
        assertThat(stored(MessageType.TEXT, "hi", null)).isEqualTo(stored(MessageType.TEXT, "hi", null))
                .hasSameHashCodeAs(stored(MessageType.TEXT, "hi", null));
        assertThat(stored(MessageType.TEXT, "hi", null)).isNotEqualTo(stored(MessageType.TEXT, "hey", null));
    }

    @Test
    void the_author_edits_text_into_a_new_version_keeping_identity_and_client_id() {
        Message original = stored(MessageType.TEXT, "helo", null);

        Message edited = original.edit(BOB, MessageContent.of("hello", 1000), T0.plusSeconds(30));

        assertThat(edited.content()).contains("hello");
        assertThat(edited.editedAt()).contains(T0.plusSeconds(30));
        assertThat(edited.id()).isEqualTo(original.id());
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(edited.clientMessageId()).isEqualTo(original.clientMessageId());
        assertThat(original.content()).contains("helo");
        assertThat(original.isEdited()).isFalse();
    }

    @Test
    void someone_else_cannot_edit_the_message() {
        refused(ErrorCode.FORBIDDEN, () -> stored(MessageType.TEXT, "mine", null)
                .edit(ALICE, MessageContent.of("yours", 1000), T0));
    }

    @Test
    void image_and_emoji_messages_are_not_editable() {
        refused(ErrorCode.NOT_EDITABLE, () -> stored(MessageType.IMAGE, null, "https://x.io/a.png")
                .edit(BOB, MessageContent.of("caption", 1000), T0));
        refused(ErrorCode.NOT_EDITABLE, () -> stored(MessageType.EMOJI, "👍", null)
                .edit(BOB, MessageContent.of("👎", 1000), T0));
    }

    @Test
    void a_deleted_message_is_not_found_even_for_its_author() {
        Message deleted = Message.restore(new MessageId(100), ROOM, BOB, MessageType.TEXT, "gone", null, T0, null,
                T0.plusSeconds(1), BOB, null);

        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> deleted.edit(BOB, MessageContent.of("back", 1000), T0));
        refused(ErrorCode.MESSAGE_NOT_FOUND, deleted::requireVisible);
    }

    @Test
    void a_deleted_message_is_checked_before_its_author() {
        Message deleted = Message.restore(new MessageId(100), ROOM, BOB, MessageType.TEXT, "gone", null, T0, null,
                T0.plusSeconds(1), BOB, null);

        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> deleted.edit(ALICE, MessageContent.of("x", 1000), T0));
    }

    @Test
    void marking_deleted_keeps_everything_else() {
        Message original = stored(MessageType.TEXT, "bye", null);

        Message deleted = original.markDeleted(ALICE, T0.plusSeconds(5));

        assertThat(deleted.deletedAt()).contains(T0.plusSeconds(5));
        assertThat(deleted.deletedBy()).contains(ALICE);
        assertThat(deleted.content()).isEqualTo(original.content());
        assertThat(deleted.authorId()).isEqualTo(BOB);
        assertThat(original.isDeleted()).isFalse();
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> deleted.markDeleted(ALICE, T0.plusSeconds(6)));
    }
}
