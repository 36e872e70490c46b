package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} does: a token bucket whose time comes from the given clock. */
public abstract class RateLimiterContract {

    static final RateLimit THIRTY_PER_MINUTE = new RateLimit("messages", 30, 30, Duration.ofMinutes(1));

    protected final ManualClock clock = new ManualClock(Fixtures.T0);
    protected RateLimiter limiter;
    protected final String key = "messages:" + UUID.randomUUID();

    protected abstract RateLimiter newRateLimiter(ManualClock clock);

    @BeforeEach
    void setUpLimiter() {
        limiter = newRateLimiter(clock);
    }

    @Test
    void a_full_bucket_allows_a_burst_of_its_capacity_then_refuses_with_when_to_retry() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(key, THIRTY_PER_MINUTE).allowed()).isTrue();
        }

        RateDecision refused = limiter.tryAcquire(key, THIRTY_PER_MINUTE);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void tokens_come_back_with_time() {
        for (int i = 0; i < 30; i++) {
            limiter.tryAcquire(key, THIRTY_PER_MINUTE);
        }

        clock.advance(Duration.ofSeconds(2));

        assertThat(limiter.tryAcquire(key, THIRTY_PER_MINUTE).allowed()).isTrue();
        assertThat(limiter.tryAcquire(key, THIRTY_PER_MINUTE).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(limiter.tryAcquire(key, THIRTY_PER_MINUTE).remaining()).isEqualTo(29);
    }

    @Test
    void buckets_are_per_key() {
        for (int i = 0; i < 30; i++) {
            limiter.tryAcquire(key, THIRTY_PER_MINUTE);
        }

        assertThat(limiter.tryAcquire(key + "-other", THIRTY_PER_MINUTE).allowed()).isTrue();
    }
}
