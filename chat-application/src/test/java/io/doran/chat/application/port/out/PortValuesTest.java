package io.doran.chat.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values that cross the outbound ports hold only what makes sense. */
class PortValuesTest {

    @Test
    void a_rate_limit_needs_a_positive_capacity_refill_and_period() {
        assertThatThrownBy(() -> new RateLimit("x", 0, 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(null, 1, 1, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThat(new RateLimit("messages", 30, 30, Duration.ofMinutes(1)).capacity()).isEqualTo(30);
    }

    @Test
    void an_allowed_decision_has_nothing_to_wait_for_and_a_denied_one_nothing_left() {
        assertThat(RateDecision.allow(4)).isEqualTo(new RateDecision(true, Duration.ZERO, 4));
        assertThat(RateDecision.deny(Duration.ofSeconds(2))).isEqualTo(new RateDecision(false, Duration.ofSeconds(2), 0));
    }

    @Test
    void a_blank_nickname_is_no_nickname() {
        UserProfile profile = new UserProfile(UserId.of("alice"), Optional.of("  "), null, null);

        assertThat(profile.nickname()).isEmpty();
        assertThat(profile.email()).isEmpty();
        assertThat(profile.pictureUrl()).isEmpty();
        assertThat(new UserProfile(UserId.of("alice"), Optional.of("Alice"), Optional.empty(), Optional.empty())
                .nickname()).contains("Alice");
    }

    @Test
    void history_cursors_need_their_message() {
        assertThat(HistoryCursor.latest()).isInstanceOf(HistoryCursor.Latest.class);
        assertThat(new HistoryCursor.Before(new MessageId(5)).id()).isEqualTo(new MessageId(5));
        assertThatThrownBy(() -> new HistoryCursor.Before(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HistoryCursor.After(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pages_and_windows_keep_their_own_copies() {
        List<io.doran.chat.domain.message.Message> source = new ArrayList<>();
        MessagePage page = new MessagePage(source, true);
        RecentWindow window = new RecentWindow(source, false);
        source.add(null);

        assertThat(page.messages()).isEmpty();
        assertThat(window.newestFirst()).isEmpty();
    }

    @Test
    void a_verified_token_names_its_user_and_expiry() {
        assertThatThrownBy(() -> new VerifiedToken(null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.EPOCH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VerifiedToken(UserId.of("alice"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), null)).isInstanceOf(NullPointerException.class);
    }
}
