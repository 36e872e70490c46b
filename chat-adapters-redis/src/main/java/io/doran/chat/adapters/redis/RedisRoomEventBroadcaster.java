package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.MDC;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Room broadcasts between nodes on channel {@code chat:room:{roomId}} (SPEC §7), and the sequencer that keeps new
 * messages in id order across nodes: reserved ids wait in a sorted set (score: the id's millisecond, member: the
 * id zero-padded, so the order is exact), published messages in a hash, and one script publishes the head of the
 * set for as long as its message is there — or drops it once it lapsed ({@link MessageSequencer#LAPSE}) — and puts
 * each message it publishes first in the room's recent window ({@link RedisRecentMessageCache}).
 */
public class RedisRoomEventBroadcaster implements RoomEventBroadcaster, MessageSequencer {

    private static final String KEEP_MS = "60000";

    /**
     * KEYS: reserved, last-out[, the sender's rate-limit bucket]; ARGV: member, score, keep ms[, the bucket's
     * capacity, refill tokens, refill period ms, now ms]. Returns '' when reserved, 'B' and the last id out when the
     * id is behind it (no token taken), 'L' and the wait in ms when the bucket is empty (nothing reserved).
     */
    private static final RedisScript<String> RESERVE = RedisScript.of(RedisRateLimiter.TAKE_TOKEN + """
            local last = redis.call('GET', KEYS[2])
            if last and ARGV[1] <= last then return 'B' .. last end
            if #KEYS == 3 then
              local taken = take_token(KEYS[3], tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]))
              if taken[1] == 0 then return 'L' .. taken[2] end
            end
            redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return ''""", String.class);

    /**
     * KEYS: reserved (zset), posts (hash), last-out, the room's recent window and its meta hash; ARGV: channel,
     * lapse-before ms, keep ms, window capacity, window keep ms, then either [member, score, payload, window item] to
     * post or [member] to withdraw. Each message that goes out also goes first into the recent window, in id order.
     */
    private static final RedisScript<Long> SETTLE = RedisScript.of(RedisRecentMessageCache.PUSH + """
            if #ARGV >= 9 then
              redis.call('ZADD', KEYS[1], 'NX', ARGV[7], ARGV[6])
              redis.call('HSET', KEYS[2], ARGV[6], ARGV[8], ARGV[6] .. ':recent', ARGV[9])
            elseif #ARGV == 6 then
              redis.call('ZREM', KEYS[1], ARGV[6])
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
                local item = redis.call('HGET', KEYS[2], head[1] .. ':recent')
                if item then push_recent(KEYS[4], KEYS[5], item, tonumber(ARGV[4]), ARGV[5]) end
                redis.call('HDEL', KEYS[2], head[1], head[1] .. ':recent')
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
    private final RedisRecentMessageCache recent;

    RedisRoomEventBroadcaster(PubSub pubSub, EventCodec codec, StringRedisTemplate redis, Clock clock,
                              RedisRecentMessageCache recent) {
        this.pubSub = pubSub;
        this.codec = codec;
        this.redis = redis;
        this.clock = clock;
        this.recent = recent;
    }

    static String channel(RoomId roomId) {
        return "chat:room:" + roomId;
    }

    @Override
    public void publish(RoomBroadcast broadcast) {
        pubSub.publish(channel(broadcast.event().roomId()), codec.encode(broadcast));
    }

    /** The room's broadcasts are fanned out with its id in the logging context ({@code roomId}), cleared after. */
    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomBroadcast> listener) {
        String room = roomId.toString();
        return pubSub.subscribe(channel(roomId), payload -> {
            MDC.put("roomId", room);
            try {
                listener.accept(codec.decodeRoomBroadcast(payload));
            } finally {
                MDC.remove("roomId");
            }
        });
    }

    /** One script: the order's check, the quota's token (in {@link RedisRateLimiter}'s bucket), the reservation. */
    @Override
    public Reservation reserve(RoomId roomId, MessageId id, Optional<Quota> quota) {
        List<String> keys = new ArrayList<>(List.of(reserved(roomId), lastOut(roomId)));
        List<String> args = new ArrayList<>(List.of(member(id), Long.toString(id.timestamp().toEpochMilli()), KEEP_MS));
        quota.ifPresent(q -> {
            keys.add(RedisRateLimiter.bucketKey(q.bucket()));
            args.addAll(List.of(RedisRateLimiter.arguments(q.limit(), clock.millis())));
        });
        String refused = RedisGuard.call(() -> redis.execute(RESERVE, keys, args.toArray()));
        if (refused != null && refused.startsWith("B")) {
            return new Behind(new MessageId(Long.parseLong(refused.substring(1))));
        }
        if (refused != null && refused.startsWith("L")) {
            return new Limited(Duration.ofMillis(Math.max(1, Long.parseLong(refused.substring(1)))));
        }
        return new Reserved(new Slot() {
            private final AtomicBoolean settled = new AtomicBoolean();

            @Override
            public MessageId id() {
                return id;
            }

            @Override
            public void publish(RoomBroadcast broadcast) {
                Message message = MessageSequencer.requireNewMessage(id, broadcast);
                if (!settled.compareAndSet(false, true)) {
                    throw new IllegalStateException("slot " + id + " already settled");
                }
                settle(roomId, member(id), Long.toString(id.timestamp().toEpochMilli()), codec.encode(broadcast),
                        recent.item(message));
            }

            @Override
            public void close() {
                if (settled.compareAndSet(false, true)) {
                    settle(roomId, member(id));
                }
            }
        });
    }

    /**
     * Runs the settling script: posts or withdraws one id, then publishes (and caches) whatever may leave now, in id
     * order.
     */
    private void settle(RoomId roomId, String... change) {
        String[] args = new String[5 + change.length];
        args[0] = channel(roomId);
        args[1] = Long.toString(clock.millis() - LAPSE.toMillis());
        args[2] = KEEP_MS;
        args[3] = Integer.toString(recent.capacity());
        args[4] = Long.toString(RedisRecentMessageCache.KEEP_MS);
        System.arraycopy(change, 0, args, 5, change.length);
        List<String> window = RedisRecentMessageCache.keys(roomId);
        RedisGuard.run(() -> redis.execute(SETTLE, List.of(reserved(roomId), "chat:posts:" + roomId, lastOut(roomId),
                window.get(0), window.get(1)), (Object[]) args));
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
