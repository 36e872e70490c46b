package io.doran.chat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionPolicy;
import io.doran.chat.application.port.out.RateLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defaults are the numbers of the specification (SPEC §3, §8). */
class ChatSettingsTest {

    private final ChatSettings defaults = ChatSettings.defaults();

    @Test
    void defaults_follow_the_specification() {
        assertThat(defaults.messages().maxTextLength()).isEqualTo(1000);
        assertThat(defaults.reactions().allowed()).extracting(ReactionKind::value)
                .containsExactlyInAnyOrder("like", "love", "laugh", "sad", "angry");
        assertThat(defaults.idempotencyTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.missedLimit()).isEqualTo(200);
        assertThat(defaults.unreadCap()).isEqualTo(999);
        assertThat(defaults.tokenStoreCheck()).isTrue();
    }

    @Test
    void sends_are_thirty_a_minute_and_requests_thirty_a_second_with_a_burst_of_sixty() {
        assertThat(defaults.limits().messages().refillTokens()).isEqualTo(30);
        assertThat(defaults.limits().messages().refillPeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.limits().requests().capacity()).isEqualTo(60);
        assertThat(defaults.limits().requests().refillTokens()).isEqualTo(30);
        assertThat(defaults.limits().requests().refillPeriod()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void every_action_that_is_broadcast_or_written_has_a_bucket_of_its_own() {
        ActionLimits limits = defaults.limits();

        assertThat(List.of(limits.messages(), limits.edits(), limits.reactions(), limits.reads(), limits.typing(),
                limits.joins(), limits.requests())).extracting(RateLimit::name).doesNotHaveDuplicates()
                .containsExactly("messages", "edits", "reactions", "reads", "typing", "joins", "requests");
        assertThat(limits.edits().refillTokens()).isEqualTo(30);
        assertThat(limits.reactions().refillTokens()).isEqualTo(60);
        assertThat(limits.reads().refillTokens()).isEqualTo(120);
        assertThat(limits.typing().refillTokens()).isEqualTo(120);
        assertThat(limits.joins().refillTokens()).isEqualTo(60);
    }

    @Test
    void the_token_store_check_can_be_switched_off_leaving_the_rest() {
        ChatSettings off = defaults.withTokenStoreCheck(false);

        assertThat(off.tokenStoreCheck()).isFalse();
        assertThat(off.withTokenStoreCheck(true)).isEqualTo(defaults);
    }

    @Test
    void caps_must_be_positive() {
        assertThatThrownBy(() -> new ChatSettings(MessagePolicy.defaults(), ReactionPolicy.defaults(),
                Duration.ofHours(24), Duration.ofMinutes(30), 0, 999, defaults.limits(),
                true, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChatSettings(MessagePolicy.defaults(), ReactionPolicy.defaults(),
                Duration.ofHours(24), Duration.ofMinutes(30), 200, 0, defaults.limits(),
                true, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
