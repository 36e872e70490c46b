package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Room events between nodes on channel {@code chat:room:{roomId}} (SPEC §7). New messages leave in id
 * order across nodes: reserved ids wait in a sorted set (score: the id's millisecond, member: the id
 * zero-padded, so the order is exact), stored posts in a hash, and one script publishes the head of the
 * set for as long as its post is there — or drops it once it lapsed.
 */
public class RedisRoomEventBroadcaster implements RoomEventBroadcaster {

    static final Duration LAPSE = Duration.ofSeconds(5);
    private static final String KEEP_MS = "60000";

    /** KEYS: reserved, last-out; ARGV: member, score, keep ms. Returns '' when reserved, else the last id out. */
    private static final RedisScript<String> RESERVE = RedisScript.of("""
            local last = redis.call('GET', KEYS[2])
            if last and ARGV[1] <= last then return last end
            redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return ''""", String.class);

    /** KEYS: reserved (zset), posts (hash), last-out; ARGV: channel, lapse-before ms, keep ms, [member, score, payload]. */
    private static final RedisScript<Long> SETTLE = RedisScript.of("""
            if #ARGV >= 6 then
              redis.call('ZADD', KEYS[1], 'NX', ARGV[5], ARGV[4])
              redis.call('HSET', KEYS[2], ARGV[4], ARGV[6])
            end
            local published = 0
            while true do
              local head = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
              if #head == 0 then break end
              local payload = redis.call('HGET', KEYS[2], head[1])
              if payload then
                redis.call('PUBLISH', ARGV[1], payload)
                redis.call('SET', KEYS[3], head[1], 'PX', ARGV[3])
                redis.call('ZREM', KEYS[1], head[1])
                redis.call('HDEL', KEYS[2], head[1])
                published = published + 1
              elseif tonumber(head[2]) < tonumber(ARGV[2]) then
                redis.call('ZREM', KEYS[1], head[1])
              else
                break
              end
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return published""", Long.class);

    private final PubSub pubSub;
    private final EventCodec codec;
    private final StringRedisTemplate redis;
    private final Clock clock;

    RedisRoomEventBroadcaster(PubSub pubSub, EventCodec codec, StringRedisTemplate redis, Clock clock) {
        this.pubSub = pubSub;
        this.codec = codec;
        this.redis = redis;
        this.clock = clock;
    }

    static String channel(RoomId roomId) {
        return "chat:room:" + roomId;
    }

    @Override
    public void publish(RoomEvent event) {
        if (event instanceof MessagePosted posted) {
            MessageId id = posted.message().id();
            settle(event.roomId(), member(id), Long.toString(id.timestamp().toEpochMilli()), codec.encode(event));
        } else {
            pubSub.publish(channel(event.roomId()), codec.encode(event));
        }
    }

    @Override
    public Optional<MessageId> reserve(RoomId roomId, MessageId id) {
        String last = RedisGuard.call(() -> redis.execute(RESERVE, List.of(reserved(roomId), lastOut(roomId)), member(id),
                Long.toString(id.timestamp().toEpochMilli()), KEEP_MS));
        return last == null || last.isEmpty() ? Optional.empty() : Optional.of(new MessageId(Long.parseLong(last)));
    }

    @Override
    public void withdraw(RoomId roomId, MessageId id) {
        RedisGuard.run(() -> redis.opsForZSet().remove(reserved(roomId), member(id)));
        settle(roomId);
    }

    private void settle(RoomId roomId, String... post) {
        String[] args = new String[3 + post.length];
        args[0] = channel(roomId);
        args[1] = Long.toString(clock.millis() - LAPSE.toMillis());
        args[2] = KEEP_MS;
        System.arraycopy(post, 0, args, 3, post.length);
        RedisGuard.run(() -> redis.execute(SETTLE, List.of(reserved(roomId), "chat:posts:" + roomId, lastOut(roomId)),
                (Object[]) args));
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener) {
        return pubSub.subscribe(channel(roomId), payload -> listener.accept((RoomEvent) codec.decode(payload)));
    }

    private static String reserved(RoomId roomId) {
        return "chat:reserved:" + roomId;
    }

    private static String lastOut(RoomId roomId) {
        return "chat:last-out:" + roomId;
    }

    private static String member(MessageId id) {
        return String.format("%020d", id.value());
    }
}
