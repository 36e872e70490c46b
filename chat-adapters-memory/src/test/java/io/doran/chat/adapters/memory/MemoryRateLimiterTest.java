package io.doran.chat.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.RateLimiterContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemoryRateLimiterTest extends RateLimiterContract {

    static final RateLimit TEN_PER_SECOND = new RateLimit("test", 10, 10, Duration.ofSeconds(1));

    @Override
    protected RateLimiter newRateLimiter(ManualClock clock) {
        return new MemoryRateLimiter(clock);
    }

    @Test
    void buckets_of_keys_gone_quiet_are_forgotten_once_they_are_full_again() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-30T00:00:00Z"));
        MemoryRateLimiter limiter = new MemoryRateLimiter(clock);
        for (int i = 0; i < MemoryRateLimiter.SWEEP_EVERY - 1; i++) {
            limiter.tryAcquire("drive-by-" + i, TEN_PER_SECOND);
        }
        assertThat(limiter.bucketCount()).isEqualTo(MemoryRateLimiter.SWEEP_EVERY - 1);

        clock.advance(Duration.ofSeconds(1));
        limiter.tryAcquire("regular", TEN_PER_SECOND);

        assertThat(limiter.bucketCount()).as("only the bucket just used is left").isEqualTo(1);
    }

    @Test
    void a_bucket_still_refilling_is_kept_so_forgetting_never_lets_more_through() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-30T00:00:00Z"));
        MemoryRateLimiter limiter = new MemoryRateLimiter(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("busy", TEN_PER_SECOND).allowed()).isTrue();
        }
        for (int i = 0; i < MemoryRateLimiter.SWEEP_EVERY; i++) {
            limiter.tryAcquire("drive-by-" + i, TEN_PER_SECOND);
        }

        assertThat(limiter.tryAcquire("busy", TEN_PER_SECOND).allowed()).isFalse();
    }
}
