package io.doran.chat.domain.message;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiAndImageUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "👍",                      // single pictograph
            "🫠",                      // a recent pictograph
            "❤️",                      // with VS16
            "👨‍👩‍👧‍👦",                 // ZWJ family of four
            "👩🏽‍💻",                    // ZWJ with a skin tone
            "🏳️‍🌈",                    // ZWJ with VS16
            "👍🏿",                     // skin tone
            "🇰🇷",                     // flag: two regional indicators
            "🇺🇸🇰🇷",                   // two flags
            "🏴󠁧󠁢󠁳󠁣󠁴󠁿",                      // subdivision flag with tag characters
            "#️⃣",                     // keycap #
            "*️⃣",                     // keycap *
            "1️⃣",                     // keycap 1
            "0⃣",                      // keycap without VS16
            "😀😀😀",                  // several
    })
    void emoji_sequences_are_emoji(String text) {
        assertThat(new Emoji(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "1", "12", "#", "*", "가", "ㅋㅋ", ":)", "👍 👍", "a👍", "👍1", "1️⃣2", "\u20E3",
            "🏻", "\u200D"})
    void plain_text_digits_and_lone_components_are_not_emoji(String text) {
        refused(ErrorCode.INVALID_EMOJI, () -> new Emoji(text));
    }

    @Test
    void an_emoji_is_trimmed_and_at_most_32_code_points() {
        assertThat(new Emoji("  🎉\n").value()).isEqualTo("🎉");
        assertThat(new Emoji("😀".repeat(32)).value()).isEqualTo("😀".repeat(32));
        refused(ErrorCode.INVALID_EMOJI, () -> new Emoji("😀".repeat(33)));
        refused(ErrorCode.INVALID_EMOJI, () -> new Emoji(null));
        refused(ErrorCode.INVALID_EMOJI, () -> new Emoji(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cdn.example.com/a.png", "https://cdn.example.com/a.png",
            "HTTPS://CDN.EXAMPLE.COM/A.PNG", "https://user@img.example.com:8443/p/a.png?size=large#top",
            "https://localhost/a.png", "https://10.0.0.1/a.png", "https://x.io"})
    void http_and_https_urls_with_a_host_are_image_urls(String url) {
        assertThat(new ImageUrl(url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.io/a.png", "file:///etc/passwd", "javascript:alert(1)", "mailto:a@x.io",
            "https:///a.png", "http:/a.png", "https://x .io/a.png", "//x.io/a.png", "x.io/a.png", " "})
    void other_urls_are_refused(String url) {
        refused(ErrorCode.INVALID_IMAGE_URL, () -> new ImageUrl(url));
    }

    @Test
    void an_image_url_is_trimmed_and_at_most_2048_characters() {
        String prefix = "https://x.io/";
        String exactly2048 = prefix + "a".repeat(2048 - prefix.length());

        assertThat(new ImageUrl("  " + exactly2048 + " ").value()).hasSize(2048);
        refused(ErrorCode.INVALID_IMAGE_URL, () -> new ImageUrl(exactly2048 + "a"));
        refused(ErrorCode.INVALID_IMAGE_URL, () -> new ImageUrl(null));
    }
}
