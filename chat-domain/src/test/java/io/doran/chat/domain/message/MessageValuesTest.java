package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageValuesTest {

    private final MessagePolicy policy = MessagePolicy.defaults();

    @Test
    void content_is_trimmed_and_counted_in_code_points() {
        assertThat(MessageContent.of("  hi  ", 1000).value()).isEqualTo("hi");
        assertThat(MessageContent.of("😀".repeat(1000), 1000).codePointLength()).isEqualTo(1000);
        assertThat(MessageContent.of("가".repeat(1000), 1000).codePointLength()).isEqualTo(1000);
    }

    @Test
    void content_over_the_limit_is_too_long_and_names_the_limit() {
        assertThatThrownBy(() -> MessageContent.of("😀".repeat(1001), 1000))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
                    assertThat(e.args()).containsExactly(1000);
                });
    }

    @Test
    void blank_content_is_empty() {
        refused(ErrorCode.EMPTY_CONTENT, () -> MessageContent.of("   ", 1000));
        refused(ErrorCode.EMPTY_CONTENT, () -> MessageContent.of(null, 1000));
    }

    @Test
    void the_limit_is_a_setting() {
        refused(ErrorCode.MESSAGE_TOO_LONG, () -> new MessagePolicy(5).body("text", "123456", null));
        assertThat(new MessagePolicy(5).body("text", "12345", null)).isInstanceOf(MessageBody.Text.class);
    }

    @Test
    void a_text_message_needs_content_and_a_missing_type_means_text() {
        assertThat(policy.body(null, "hello", null).type()).isEqualTo(MessageType.TEXT);
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body("text", "", null));
    }

    @Test
    void an_image_message_needs_an_http_url_and_may_carry_a_caption() {
        MessageBody body = policy.body("image", "look", "https://cdn.example.com/a.png");
        assertThat(body).isInstanceOfSatisfying(MessageBody.Image.class, image -> {
            assertThat(image.url().value()).isEqualTo("https://cdn.example.com/a.png");
            assertThat(image.caption()).map(MessageContent::value).contains("look");
        });
        assertThat(((MessageBody.Image) policy.body("image", null, "http://x.io/a.png")).caption()).isEmpty();
        refused(ErrorCode.INVALID_IMAGE_URL, () -> policy.body("image", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.io/a.png", "javascript:alert(1)", "/relative.png", "https://", "not a url", "data:image/png;base64,AAA"})
    void image_urls_must_be_absolute_http_or_https_with_a_host(String url) {
        refused(ErrorCode.INVALID_IMAGE_URL, () -> new ImageUrl(url));
    }

    @Test
    void image_urls_are_at_most_2048_characters() {
        refused(ErrorCode.INVALID_IMAGE_URL, () -> new ImageUrl("https://x.io/" + "a".repeat(2048)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "😀😀", "👨‍👩‍👧", "🇰🇷", "👍🏽", "1️⃣", "❤️"})
    void emoji_messages_accept_emoji_sequences(String emoji) {
        assertThat(policy.body("emoji", emoji, null)).isInstanceOf(MessageBody.EmojiBody.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "1", "#", "👍 ok", "a👍"})
    void emoji_messages_refuse_text(String text) {
        refused(ErrorCode.INVALID_EMOJI, () -> policy.body("emoji", text, null));
    }

    @Test
    void emoji_messages_refuse_more_than_32_code_points_and_nothing() {
        refused(ErrorCode.INVALID_EMOJI, () -> new Emoji("😀".repeat(33)));
        refused(ErrorCode.EMPTY_CONTENT, () -> policy.body("emoji", " ", null));
    }

    @Test
    void unknown_types_and_system_are_not_for_users() {
        refused(ErrorCode.INVALID_MESSAGE_TYPE, () -> policy.body("video", "x", null));
        refused(ErrorCode.INVALID_MESSAGE_TYPE, () -> policy.body("system", "x", null));
        assertThat(policy.systemNotice("maintenance at 10").type()).isEqualTo(MessageType.SYSTEM);
    }

    @Test
    void client_message_ids_are_short_printable_strings() {
        assertThat(new ClientMessageId(" c-1 ").value()).isEqualTo("c-1");
        refused(ErrorCode.VALIDATION_FAILED, () -> new ClientMessageId(""));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ClientMessageId("x".repeat(65)));
        refused(ErrorCode.VALIDATION_FAILED, () -> new ClientMessageId("a\nb"));
    }

    @Test
    void message_ids_parse_from_positive_decimal_strings_only() {
        assertThat(MessageId.parse("123").value()).isEqualTo(123);
        for (String bad : new String[] {"", "abc", "-1", "0", "1.5", "99999999999999999999", " 1"}) {
            refused(ErrorCode.VALIDATION_FAILED, () -> MessageId.parse(bad));
        }
        refused(ErrorCode.VALIDATION_FAILED, () -> MessageId.parse(null));
    }

    @Test
    void message_id_bounds_of_a_millisecond_enclose_its_ids() {
        Instant t = Instant.parse("2026-11-24T10:00:00.123Z");
        assertThat(MessageId.firstAt(t).timestamp()).isEqualTo(t);
        assertThat(MessageId.lastAt(t).timestamp()).isEqualTo(t);
        assertThat(MessageId.lastAt(t).value() + 1).isEqualTo(MessageId.firstAt(t.plusMillis(1)).value());
    }

    @Test
    void reaction_kinds_come_from_the_configured_set() {
        ReactionPolicy reactions = ReactionPolicy.defaults();
        assertThat(reactions.kind("LIKE").value()).isEqualTo("like");
        refused(ErrorCode.INVALID_REACTION, () -> reactions.kind("wow"));
        refused(ErrorCode.INVALID_REACTION, () -> reactions.kind(null));
        assertThat(ReactionPolicy.of(java.util.List.of("wow")).kind("wow").value()).isEqualTo("wow");
        refused(ErrorCode.INVALID_REACTION, () -> new ReactionKind("Bad Kind"));
    }
}
