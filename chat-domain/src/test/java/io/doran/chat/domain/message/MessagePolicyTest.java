package io.doran.chat.domain.message;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Building bodies from what a client sent, one rule per message type (000, 002). */
class MessagePolicyTest {

    final MessagePolicy policy = MessagePolicy.defaults();

    @Test
    void the_default_text_limit_is_1000_code_points() {
        assertThat(policy.maxTextLength()).isEqualTo(1000);
    }

    @Test
    void a_thousand_emoji_make_a_text_message_and_the_surrounding_space_does_not_count() {
        MessageBody body = policy.body("text", "  " + "😀".repeat(1000) + "\n", null);

        assertThat(body).isInstanceOfSatisfying(MessageBody.Text.class,
                text -> assertThat(text.content().codePointLength()).isEqualTo(1000));
    }

    @Test
    void a_thousand_and_one_emoji_are_too_long_and_the_error_names_the_limit() {
        assertThatThrownBy(() -> policy.body("text", "😀".repeat(1001), null))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
                    assertThat(e.args()).containsExactly(1000);
                });
    }

    @Test
    void a_thousand_and_one_korean_syllables_are_too_long() {
        refused(ErrorCode.MESSAGE_TOO_LONG, () -> policy.body("text", "가".repeat(1001), null));
        assertThat(policy.body("text", "가".repeat(1000), null)).isInstanceOf(MessageBody.Text.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void a_text_message_without_content_is_empty(String content) {
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body("text", content, null));
    }

    @Test
    void a_text_message_without_any_content_is_empty() {
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body("text", null, null));
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body(null, null, null));
    }

    @Test
    void a_text_message_ignores_an_image_url() {
        assertThat(policy.body("text", "hi", "https://x.io/a.png")).isEqualTo(
                new MessageBody.Text(MessageContent.of("hi", 1000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_image_message_with_a_blank_url_is_an_invalid_image_url(String url) {
        refused(ErrorCode.INVALID_IMAGE_URL, () -> policy.body("image", "caption", url));
    }

    @Test
    void an_image_message_with_a_blank_caption_has_no_caption() {
        MessageBody body = policy.body("image", "   ", "https://x.io/a.png");

        assertThat(body).isInstanceOfSatisfying(MessageBody.Image.class,
                image -> assertThat(image.caption()).isEmpty());
    }

    @Test
    void an_image_caption_obeys_the_text_limit() {
        refused(ErrorCode.MESSAGE_TOO_LONG, () -> policy.body("image", "x".repeat(1001), "https://x.io/a.png"));
    }

    @Test
    void an_emoji_message_keeps_the_trimmed_emoji() {
        assertThat(policy.body("emoji", " 🎉 ", null)).isEqualTo(new MessageBody.EmojiBody(new Emoji("🎉")));
    }

    @Test
    void an_emoji_message_without_content_is_empty_and_with_text_is_not_an_emoji() {
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body("emoji", null, null));
        refused(ErrorCode.INVALID_EMOJI, () -> policy.body("emoji", "ok", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system", "SYSTEM", "video", "txt", ""})
    void users_cannot_send_system_or_unknown_types(String type) {
        refused(ErrorCode.INVALID_MESSAGE_TYPE, () -> policy.body(type, "x", "https://x.io/a.png"));
    }

    @ParameterizedTest
    @CsvSource({"text,TEXT", "TEXT,TEXT", "image,IMAGE", "emoji,EMOJI", "system,SYSTEM", "' Emoji ',EMOJI"})
    void message_types_parse_their_wire_names(String text, MessageType type) {
        assertThat(MessageType.parse(text)).isEqualTo(type);
        assertThat(type.wireName()).isEqualTo(text.strip().toLowerCase());
    }

    @Test
    void a_missing_message_type_is_text() {
        assertThat(MessageType.parse(null)).isEqualTo(MessageType.TEXT);
    }

    @Test
    void each_body_says_its_type() {
        assertThat(policy.body("text", "a", null).type()).isEqualTo(MessageType.TEXT);
        assertThat(policy.body("image", null, "https://x.io/a.png").type()).isEqualTo(MessageType.IMAGE);
        assertThat(policy.body("emoji", "😀", null).type()).isEqualTo(MessageType.EMOJI);
        assertThat(policy.systemNotice("note").type()).isEqualTo(MessageType.SYSTEM);
    }

    @Test
    void edits_obey_the_same_limit() {
        MessagePolicy short5 = new MessagePolicy(5);

        assertThat(short5.content(" 12345 ").value()).isEqualTo("12345");
        assertThatThrownBy(() -> short5.content("123456")).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.args()).containsExactly(5));
        refused(ErrorCode.EMPTY_CONTENT, () -> short5.content(" "));
    }

    @Test
    void a_limit_must_be_positive() {
        assertThatThrownBy(() -> new MessagePolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
