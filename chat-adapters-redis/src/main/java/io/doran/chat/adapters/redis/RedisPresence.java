package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.PresenceStatus;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Presence shared by every node (SPEC §6): each user's live connections are a sorted set scored by
 * when their registration expires; heartbeats push that forward, so the connections of a node that
 * crashed lapse by themselves and their user goes offline. Scripts keep each change atomic.
 */
public class RedisPresence implements Presence {

    /** KEYS: set, last-seen; ARGV: connection, expiry, clock now, seen at. Returns 1 when the user had no live connection. */
    private static final RedisScript<Long> CONNECT = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
            local before = redis.call('ZCARD', KEYS[1])
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            redis.call('PEXPIREAT', KEYS[1], ARGV[2])
            redis.call('SET', KEYS[2], ARGV[4])
            if before == 0 then return 1 else return 0 end""", Long.class);

    /** KEYS: set, last-seen; ARGV: connection, clock now, seen at. Returns 1 when that was the user's last live connection. */
    private static final RedisScript<Long> DISCONNECT = RedisScript.of("""
            local removed = redis.call('ZREM', KEYS[1], ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
            redis.call('SET', KEYS[2], ARGV[3])
            if removed == 1 and redis.call('ZCARD', KEYS[1]) == 0 then return 1 else return 0 end""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final Clock clock;

    public RedisPresence(StringRedisTemplate redis, Duration ttl, Clock clock) {
        this.redis = redis;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public boolean connected(UserId user, ConnectionId connection, Instant now) {
        long at = clock.millis();
        return RedisGuard.call(() -> redis.execute(CONNECT, keys(user), connection.value(),
                Long.toString(at + ttl.toMillis()), Long.toString(at), Long.toString(now.toEpochMilli()))) == 1L;
    }

    @Override
    public boolean disconnected(UserId user, ConnectionId connection, Instant now) {
        return RedisGuard.call(() -> redis.execute(DISCONNECT, keys(user), connection.value(),
                Long.toString(clock.millis()), Long.toString(now.toEpochMilli()))) == 1L;
    }

    @Override
    public void heartbeat(Collection<Registration> alive, Instant now) {
        Heartbeats.refresh(redis, alive, clock.millis() + ttl.toMillis(), registration -> set(registration.user()),
                registration -> registration.connection().value());
    }

    @Override
    public PresenceStatus find(UserId user) {
        long now = clock.millis();
        Long live = RedisGuard.call(() -> redis.opsForZSet().count(set(user), now + 1, Double.POSITIVE_INFINITY));
        String lastSeen = RedisGuard.call(() -> redis.opsForValue().get(lastSeenKey(user)));
        return new PresenceStatus(user, live != null && live > 0,
                Optional.ofNullable(lastSeen).map(Long::parseLong).map(Instant::ofEpochMilli));
    }

    private static List<String> keys(UserId user) {
        return List.of(set(user), lastSeenKey(user));
    }

    private static String set(UserId user) {
        return "presence:" + user.value();
    }

    private static String lastSeenKey(UserId user) {
        return "presence:last-seen:" + user.value();
    }
}
