package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets in memory, refilled continuously from the injected clock; each bucket updated atomically. */
public class MemoryRateLimiter implements RateLimiter {

    private record Bucket(double tokens, long atNanos) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
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
            if (tokens >= 1) {
                decision[0] = RateDecision.allow((long) (tokens - 1));
                return new Bucket(tokens - 1, now);
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            decision[0] = RateDecision.deny(Duration.ofNanos(Math.max(1_000_000, waitNanos)));
            return new Bucket(tokens, now);
        });
        return decision[0];
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
