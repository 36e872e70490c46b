package io.doran.chat.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions (issue 18): {@code @userId} of a participant, {@code @room} from those who may. */
class MentionsTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ANN = UserId.of("ann");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAT = UserId.of("cat.kim");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    final ChatRoom room = ChatRoom.create(RoomId.random(), ANN, new RoomName("trio"), List.of(BOB, CAT),
            Visibility.PRIVATE, null, null, T0);

    Message post(UserId sender, String text) {
        return room.post(sender, POLICY.body("text", text, null), new MessageId(1), null, T0);
    }

    @Test
    void participants_named_with_an_at_sign_are_mentioned_once_in_the_order_written() {
        assertThat(post(ANN, "@cat.kim, and @bob! and @bob again").mentions()).containsExactly(CAT, BOB);
    }

    @Test
    void strangers_the_sender_and_addresses_are_not_mentions() {
        assertThat(post(ANN, "@eve @ann mail me at bob@example.com or @")).isNotNull()
                .extracting(Message::mentions).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
    }

    @Test
    void at_room_mentions_everyone_else_from_an_admin_or_sub_admin_only() {
        assertThat(post(ANN, "@room lunch?").mentions()).containsExactlyInAnyOrder(BOB, CAT);
        assertThat(post(BOB, "@room lunch?").mentions()).isEmpty();
        room.changeRole(ANN, BOB, Role.SUB_ADMIN, T0);
        assertThat(post(BOB, "@room lunch?").mentions()).containsExactlyInAnyOrder(ANN, CAT);
    }

    @Test
    void only_text_mentions_and_an_edit_keeps_the_mentions_of_the_post() {
        Message image = room.post(ANN, POLICY.body("image", "@bob look", "https://x.io/a.png"), new MessageId(2), null, T0);
        Message text = post(ANN, "@bob hi");

        assertThat(image.mentions()).isEmpty();
        assertThat(text.edit(ANN, POLICY.content("@cat.kim hi"), T0).mentions()).containsExactly(BOB);
    }

    @Test
    void tokens_are_offered_with_and_without_trailing_punctuation() {
        assertThat(MentionTokens.in("hey @ann... and(@bob) x@y @")).containsExactly("ann...", "ann..", "ann.", "ann");
    }
}
