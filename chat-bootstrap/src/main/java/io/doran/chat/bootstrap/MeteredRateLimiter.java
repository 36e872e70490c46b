package io.doran.chat.bootstrap;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's rate limiter, counting what it refuses (SPEC §9): {@code chat.rate.limited} with the limited action
 * ({@code messages}, {@code edits}, {@code reactions}, {@code reads}, {@code typing}, {@code joins},
 * {@code requests}) as the tag {@code action}.
 */
final class MeteredRateLimiter implements RateLimiter {

    private final RateLimiter limiter;
    private final MeterRegistry registry;
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();

    MeteredRateLimiter(RateLimiter limiter, MeterRegistry registry) {
        this.limiter = limiter;
        this.registry = registry;
    }

    @Override
    public RateDecision tryAcquire(String key, RateLimit limit) {
        RateDecision decision = limiter.tryAcquire(key, limit);
        if (!decision.allowed()) {
            refused.computeIfAbsent(limit.name(), action -> refusals(registry, action)).increment();
        }
        return decision;
    }

    /**
     * The counter of {@code action}'s refusals; sends refused by their reservation count in it too
     * ({@link MicrometerChatMetrics}).
     */
    static Counter refusals(MeterRegistry registry, String action) {
        return Counter.builder("chat.rate.limited").description("Actions refused by a rate limit, by action")
                .tag("action", action).register(registry);
    }
}
