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

    /**
     * Lua: takes one token from the bucket at {@code key} ({@code capacity}, {@code refill} tokens every {@code period}
     * ms, at {@code now} ms); returns {allowed, wait ms, remaining}. The sequencer's reservation runs it too
     * ({@link RedisRoomEventBroadcaster}), so that a send's limit and its reservation are one script.
     */
    static final String TAKE_TOKEN = """
            local function take_token(key, capacity, refill, period, now)
              local state = redis.call('HMGET', key, 'tokens', 'at')
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
              redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
              redis.call('PEXPIRE', key, math.ceil(capacity * period / refill) + 1000)
              return {allowed, wait, math.floor(tokens)}
            end
            """;

    /** KEYS: bucket; ARGV: capacity, refill tokens, refill period ms, now ms. Returns {allowed, wait ms, remaining}. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> BUCKET = RedisScript.of(TAKE_TOKEN + """
            return take_token(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]))""",
            List.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RateDecision tryAcquire(String key, RateLimit limit) {
        List<Long> result = RedisGuard.call(() -> redis.execute(BUCKET, List.of(bucketKey(key)),
                (Object[]) arguments(limit, clock.millis())));
        if (result.get(0) == 1L) {
            return RateDecision.allow(result.get(2));
        }
        return RateDecision.deny(Duration.ofMillis(Math.max(1, result.get(1))));
    }

    /** The Redis key of the bucket the application names {@code key}. */
    static String bucketKey(String key) {
        return "rate:" + key;
    }

    /** {@code take_token}'s arguments after its key, for {@code limit} at {@code nowMillis}. */
    static String[] arguments(RateLimit limit, long nowMillis) {
        return new String[] {Long.toString(limit.capacity()), Long.toString(limit.refillTokens()),
                Long.toString(limit.refillPeriod().toMillis()), Long.toString(nowMillis)};
    }
}
