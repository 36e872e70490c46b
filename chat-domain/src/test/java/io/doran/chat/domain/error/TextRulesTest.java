package io.doran.chat.domain.error;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.ImageUrl;
import io.doran.chat.domain.message.MessageBody;
import io.doran.chat.domain.message.MessageContent;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.RoomName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text the stores cannot keep is refused, and text that shows nothing counts as empty (issue 15). */
class TextRulesTest {

    static final MessagePolicy POLICY = MessagePolicy.defaults();

    @Test
    void a_lone_surrogate_is_not_well_formed_text_and_a_pair_is() {
        assertThat(Require.wellFormed("x\uD800y")).isFalse();
        assertThat(Require.wellFormed("x\uDC00")).isFalse();
        assertThat(Require.wellFormed("\uD800")).isFalse();
        assertThat(Require.wellFormed("\uDE00\uD83D")).isFalse();
        assertThat(Require.wellFormed("😀 한글 abc")).isTrue();
        assertThat(Require.wellFormed("")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u200B", "\uFEFF", "\u200E\u200F", "\u202A\u202C", "\u2066\u2069", "\u00A0",
            "\u3000", "\u00AD", "\u2060", "\u3164", "\uFE0F", "\u115F\u1160", "\u034F", "\u2800", " \u200B\t\uFEFF "})
    void text_of_invisible_characters_only_shows_nothing(String text) {
        assertThat(Require.invisible(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u200Ba", "😀", "한", "👨\u200D👩\u200D👧", "."})
    void text_with_anything_visible_shows_something(String text) {
        assertThat(Require.invisible(text)).isFalse();
    }

    @Test
    void a_message_with_a_lone_surrogate_is_refused_and_one_of_invisible_characters_is_empty() {
        refused(ErrorCode.VALIDATION_FAILED, () -> MessageContent.of("x\uD800y", 1000));
        refused(ErrorCode.VALIDATION_FAILED, () -> POLICY.body("text", "x\uD800y", null));
        refused(ErrorCode.VALIDATION_FAILED, () -> POLICY.body("emoji", "😀\uD800", null));
        refused(ErrorCode.VALIDATION_FAILED, () -> POLICY.body("image", "x\uDC00", "https://x.io/a.png"));
        refused(ErrorCode.VALIDATION_FAILED, () -> POLICY.systemNotice("x\uD800"));
        refused(ErrorCode.EMPTY_CONTENT, () -> MessageContent.of("\u200B\u200B", 1000));
        refused(ErrorCode.EMPTY_CONTENT, () -> POLICY.body("text", "\uFEFF \u200E", null));
        refused(ErrorCode.EMPTY_CONTENT, () -> POLICY.body("emoji", "\u200B", null));
        assertThat(((MessageBody.Image) POLICY.body("image", "\u200B", "https://x.io/a.png")).caption()).isEmpty();
        assertThat(MessageContent.of("\u200Bhi", 1000).value()).isEqualTo("\u200Bhi");
    }

    @Test
    void a_room_name_with_a_lone_surrogate_is_refused_and_one_of_invisible_characters_is_empty() {
        refused(ErrorCode.VALIDATION_FAILED, () -> new RoomName("x\uD800y"));
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName("\u200B"));
        refused(ErrorCode.INVALID_ROOM_NAME, () -> new RoomName("\u202E\u200F\uFEFF"));
        assertThat(new RoomName("study\u200B").value()).isEqualTo("study\u200B");
    }

    @Test
    void a_display_name_with_a_lone_surrogate_is_refused_and_one_of_invisible_characters_is_unset() {
        refused(ErrorCode.VALIDATION_FAILED, () -> new DisplayName("x\uD800y"));
        assertThat(new DisplayName("\u200B\u200B")).isEqualTo(DisplayName.unset());
    }

    @Test
    void other_texts_a_client_sends_refuse_lone_surrogates_too() {
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId("p\uD800"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new PostId("\u200B"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ClientMessageId("c\uD800"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ImageUrl("https://x.io/\uD800.png"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ConnectionId("c\uD800"));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ConnectionId("c".repeat(129)));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ConnectionId(" "));
        assertThat(new ConnectionId("sig-1").value()).isEqualTo("sig-1");
    }
}
