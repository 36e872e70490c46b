package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The token bucket of SPEC §8 shared by every node: one atomic script per request, time from the clock. */
public class RedisRateLimiter implements RateLimiter {

    /** KEYS: bucket; ARGV: capacity, refill tokens, refill period ms, now ms. Returns {allowed, wait ms, remaining}. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> BUCKET = RedisScript.of("""
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local capacity = tonumber(ARGV[1])
            local refill = tonumber(ARGV[2])
            local period = tonumber(ARGV[3])
            local now = tonumber(ARGV[4])
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil then tokens = capacity; at = now end
            tokens = math.min(capacity, tokens + math.max(0, now - at) * refill / period)
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) * period / refill)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * period / refill) + 1000)
            return {allowed, wait, math.floor(tokens)}""", List.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RateDecision tryAcquire(String key, RateLimit limit) {
        List<Long> result = RedisGuard.call(() -> redis.execute(BUCKET, List.of("rate:" + key),
                Long.toString(limit.capacity()), Long.toString(limit.refillTokens()),
                Long.toString(limit.refillPeriod().toMillis()), Long.toString(clock.millis())));
        if (result.get(0) == 1L) {
            return RateDecision.allow(result.get(2));
        }
        return RateDecision.deny(Duration.ofMillis(Math.max(1, result.get(1))));
    }
}
