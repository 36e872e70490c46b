package io.doran.chat.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies (threads, issue 18): a reply names its parent, its author and the start of its text. */
class RepliesTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ANN = UserId.of("ann");
    static final UserId BOB = UserId.of("bob");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    final ChatRoom room = ChatRoom.create(RoomId.random(), ANN, new RoomName("pair"), List.of(BOB),
            Visibility.PRIVATE, null, null, T0);

    Message post(UserId author, String text, long id) {
        return room.post(author, POLICY.body("text", text, null), new MessageId(id), null, T0);
    }

    @Test
    void a_reply_names_its_parent_and_quotes_its_first_hundred_characters() {
        String longText = "가".repeat(60) + "😀".repeat(60);
        Message parent = post(ANN, longText, 1);

        Message reply = room.reply(BOB, parent, POLICY.body("text", "agreed", null), new MessageId(2), null, T0);

        assertThat(reply.replyTo()).hasValueSatisfying(to -> {
            assertThat(to.messageId()).isEqualTo(parent.id());
            assertThat(to.userId()).isEqualTo(ANN);
            assertThat(to.excerpt()).isEqualTo("가".repeat(60) + "😀".repeat(40));
        });
        assertThat(parent.replyTo()).isEmpty();
    }

    @Test
    void a_short_parent_is_quoted_whole_and_an_image_without_caption_not_at_all() {
        Message parent = post(ANN, "short", 1);
        Message image = room.post(ANN, POLICY.body("image", null, "https://x.io/a.png"), new MessageId(3), null, T0);

        assertThat(ReplyTo.of(parent).excerpt()).isEqualTo("short");
        assertThat(ReplyTo.of(image).excerpt()).isNull();
    }

    @Test
    void an_edit_keeps_the_reply_to_its_parent() {
        Message parent = post(ANN, "question", 1);
        Message reply = room.reply(BOB, parent, POLICY.body("text", "answr", null), new MessageId(2), null, T0);

        Message edited = reply.edit(BOB, POLICY.content("answer"), T0.plusSeconds(1));

        assertThat(edited.replyTo()).isEqualTo(reply.replyTo());
    }

    @Test
    void a_deleted_parent_or_one_of_another_room_takes_no_reply() {
        Message parent = post(ANN, "question", 1);
        Message deleted = room.deleteMessage(ANN, parent, T0).message();
        ChatRoom other = ChatRoom.create(RoomId.random(), ANN, new RoomName("other"), List.of(BOB),
                Visibility.PRIVATE, null, null, T0);
        Message elsewhere = other.post(ANN, POLICY.body("text", "x", null), new MessageId(5), null, T0);

        assertThatThrownBy(() -> room.reply(BOB, deleted, POLICY.body("text", "a", null), new MessageId(2), null, T0))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND));
        assertThatThrownBy(() -> room.reply(BOB, elsewhere, POLICY.body("text", "a", null), new MessageId(2), null, T0))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND));
    }

    @Test
    void only_participants_reply() {
        Message parent = post(ANN, "question", 1);

        assertThatThrownBy(() -> room.reply(UserId.of("eve"), parent, POLICY.body("text", "a", null), new MessageId(2),
                null, T0)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_A_PARTICIPANT));
    }

    @Test
    void a_deleted_parent_is_shown_without_its_excerpt() {
        ReplyTo to = new ReplyTo(new MessageId(1), ANN, "text");

        assertThat(to.withoutExcerpt()).isEqualTo(new ReplyTo(new MessageId(1), ANN, null));
    }
}
