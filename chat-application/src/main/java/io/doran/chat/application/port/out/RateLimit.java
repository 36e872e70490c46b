package io.doran.chat.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket (SPEC §8): holds at most {@code capacity} tokens and gains {@code refillTokens} every
 * {@code refillPeriod}; each request takes one.
 */
public record RateLimit(String name, long capacity, long refillTokens, Duration refillPeriod) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || refillTokens < 1 || refillPeriod == null || refillPeriod.isZero() || refillPeriod.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity, refill and period");
        }
    }
}
