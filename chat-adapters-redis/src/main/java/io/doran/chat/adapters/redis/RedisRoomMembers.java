package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Live-room membership across nodes: one sorted set per room of {@code user\tconnection} entries scored
 * by when they lapse; heartbeats push that forward, so a crashed node's connections leave by themselves.
 * User ids hold no control character, so the tab separates safely.
 */
public class RedisRoomMembers implements RoomMembers {

    /** KEYS: room set; ARGV: entry, user prefix, expiry, now, 1 to add / 0 to remove. Returns {changed, members}. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CHANGE = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
            local function has(prefix)
              for _, entry in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
                if string.sub(entry, 1, string.len(prefix)) == prefix then return true end
              end
              return false
            end
            local changed = 0
            if ARGV[5] == '1' then
              if not has(ARGV[2]) then changed = 1 end
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
            else
              local removed = redis.call('ZREM', KEYS[1], ARGV[1])
              if removed == 1 and not has(ARGV[2]) then changed = 1 end
            end
            local users = {}
            local count = 0
            for _, entry in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              local user = string.sub(entry, 1, string.find(entry, '\\t', 1, true) - 1)
              if not users[user] then users[user] = true; count = count + 1 end
            end
            redis.call('PEXPIRE', KEYS[1], math.max(1, tonumber(ARGV[3]) - tonumber(ARGV[4])))
            return {changed, count}""", List.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final Clock clock;

    public RedisRoomMembers(StringRedisTemplate redis, Duration ttl, Clock clock) {
        this.redis = redis;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Membership join(RoomId roomId, UserId user, ConnectionId connection) {
        return change(roomId, user, connection, true);
    }

    @Override
    public Membership leave(RoomId roomId, UserId user, ConnectionId connection) {
        return change(roomId, user, connection, false);
    }

    /** The entries that have not lapsed, read without changing the set (lapsed ones go at the next change). */
    @Override
    public Set<UserId> members(RoomId roomId) {
        Set<String> entries = RedisGuard.call(() -> redis.opsForZSet().rangeByScore(key(roomId),
                clock.millis() + 1, Double.POSITIVE_INFINITY));
        Set<UserId> users = new LinkedHashSet<>();
        if (entries != null) {
            for (String entry : entries) {
                int tab = entry.indexOf('\t');
                if (tab > 0) {
                    users.add(UserId.of(entry.substring(0, tab)));
                }
            }
        }
        return users;
    }

    @Override
    public void heartbeat(Collection<Registration> alive) {
        Heartbeats.refresh(redis, alive, clock.millis() + ttl.toMillis(), registration -> key(registration.roomId()),
                registration -> entry(registration.user(), registration.connection()));
    }

    @SuppressWarnings("unchecked")
    private Membership change(RoomId roomId, UserId user, ConnectionId connection, boolean add) {
        long now = clock.millis();
        List<Long> result = RedisGuard.call(() -> redis.execute(CHANGE, List.of(key(roomId)), entry(user, connection),
                user.value() + "\t", Long.toString(now + ttl.toMillis()), Long.toString(now), add ? "1" : "0"));
        return new Membership(result.get(0) == 1L, result.get(1).intValue());
    }

    private static String key(RoomId roomId) {
        return "live:" + roomId;
    }

    private static String entry(UserId user, ConnectionId connection) {
        return user.value() + "\t" + connection.value();
    }
}
