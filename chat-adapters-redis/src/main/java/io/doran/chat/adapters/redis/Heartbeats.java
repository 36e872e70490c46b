package io.doran.chat.adapters.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A node's heartbeats over registrations kept in sorted sets scored by when they lapse (presence, live rooms): every
 * registration of the node refreshed in scripts of at most {@link #BATCH} — one round trip per batch instead of one
 * per connection, and no script long enough to hold up Redis for everyone else. A registration that is gone (it
 * lapsed or left) stays gone; a set is kept until its last registration lapses.
 */
final class Heartbeats {

    /** Registrations per script: a few milliseconds of Redis's time at most. */
    static final int BATCH = 500;

    /** KEYS: the sets; ARGV: the new expiry, then each set's member in turn. Returns how many were refreshed. */
    private static final RedisScript<Long> REFRESH = RedisScript.of("""
            local refreshed = 0
            for i, key in ipairs(KEYS) do
              if redis.call('ZSCORE', key, ARGV[i + 1]) then
                redis.call('ZADD', key, ARGV[1], ARGV[i + 1])
                redis.call('PEXPIREAT', key, redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
                refreshed = refreshed + 1
              end
            end
            return refreshed""", Long.class);

    private Heartbeats() {
    }

    /** Pushes each registration's expiry to {@code expiryMillis}: {@code set} names its sorted set, {@code member} its entry. */
    static <T> void refresh(StringRedisTemplate redis, Collection<T> registrations, long expiryMillis,
                            Function<T, String> set, Function<T, String> member) {
        List<T> all = List.copyOf(registrations);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<T> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<String> keys = new ArrayList<>(batch.size());
            String[] args = new String[batch.size() + 1];
            args[0] = Long.toString(expiryMillis);
            for (int i = 0; i < batch.size(); i++) {
                keys.add(set.apply(batch.get(i)));
                args[i + 1] = member.apply(batch.get(i));
            }
            RedisGuard.run(() -> redis.execute(REFRESH, keys, (Object[]) args));
        }
    }
}
