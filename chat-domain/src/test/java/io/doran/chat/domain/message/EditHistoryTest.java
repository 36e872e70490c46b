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

/** Edit history (issue 18): every edit counts, and the version it replaces becomes a revision. */
class EditHistoryTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ANN = UserId.of("ann");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    final ChatRoom room = ChatRoom.create(RoomId.random(), ANN, new RoomName("pair"), List.of(UserId.of("bob")),
            Visibility.PRIVATE, null, null, T0);

    @Test
    void a_new_message_was_never_edited() {
        Message message = room.post(ANN, POLICY.body("text", "first", null), new MessageId(1), null, T0);

        assertThat(message.editCount()).isZero();
    }

    @Test
    void each_edit_counts_and_the_replaced_version_becomes_a_revision_with_its_times() {
        Message first = room.post(ANN, POLICY.body("text", "first", null), new MessageId(1), null, T0);
        Message second = first.edit(ANN, POLICY.content("second"), T0.plusSeconds(10));
        Message third = second.edit(ANN, POLICY.content("third"), T0.plusSeconds(20));

        assertThat(third.editCount()).isEqualTo(2);
        assertThat(first.asRevision(T0.plusSeconds(10)))
                .isEqualTo(new MessageRevision(new MessageId(1), 0, "first", T0, T0.plusSeconds(10)));
        assertThat(second.asRevision(T0.plusSeconds(20)))
                .isEqualTo(new MessageRevision(new MessageId(1), 1, "second", T0.plusSeconds(10), T0.plusSeconds(20)));
    }

    @Test
    void a_deleted_message_shows_no_history() {
        Message message = room.post(ANN, POLICY.body("text", "first", null), new MessageId(1), null, T0);
        Message deleted = room.deleteMessage(ANN, message, T0.plusSeconds(1)).message();

        assertThatThrownBy(() -> room.requireMayViewEditHistory(ANN, deleted))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND));
    }

    @Test
    void a_revision_refuses_a_negative_number() {
        assertThatThrownBy(() -> new MessageRevision(new MessageId(1), -1, "x", T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
