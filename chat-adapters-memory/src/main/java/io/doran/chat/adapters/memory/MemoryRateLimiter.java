package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets in memory, refilled continuously from the injected clock; each bucket updated atomically.
 * A bucket that has filled up again is the same as no bucket, so every {@value #SWEEP_EVERY} acquisitions
 * the full ones are forgotten: the map holds only the keys used lately, however many there ever were.
 */
public class MemoryRateLimiter implements RateLimiter {

    static final int SWEEP_EVERY = 4096;

    /** {@code tokens} at {@code atNanos}; full again from {@code fullAtNanos} on. */
    private record Bucket(double tokens, long atNanos, long fullAtNanos) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong acquisitions = new AtomicLong();
    private final Clock clock;

    public MemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RateDecision tryAcquire(String key, RateLimit limit) {
        long now = nanos();
        double perNano = (double) limit.refillTokens() / limit.refillPeriod().toNanos();
        RateDecision[] decision = new RateDecision[1];
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? limit.capacity()
                    : Math.min(limit.capacity(), bucket.tokens() + Math.max(0, now - bucket.atNanos()) * perNano);
            double left;
            if (tokens >= 1) {
                decision[0] = RateDecision.allow((long) (tokens - 1));
                left = tokens - 1;
            } else {
                long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
                decision[0] = RateDecision.deny(Duration.ofNanos(Math.max(1_000_000, waitNanos)));
                left = tokens;
            }
            return new Bucket(left, now, now + (long) Math.ceil((limit.capacity() - left) / perNano));
        });
        if (acquisitions.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.fullAtNanos() <= now);
        }
        return decision[0];
    }

    /** How many keys have a bucket now (tests). */
    int bucketCount() {
        return buckets.size();
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
