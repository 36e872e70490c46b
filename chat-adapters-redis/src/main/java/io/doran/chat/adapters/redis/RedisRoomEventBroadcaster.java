package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.MDC;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Room broadcasts between nodes on channel {@code chat:room:{roomId}} (SPEC §7), and the sequencer that keeps new
 * messages in id order across nodes: reserved ids wait in a sorted set (score: the id's millisecond, member: the
 * id zero-padded, so the order is exact), published messages in a hash, and one script publishes the head of the
 * set for as long as its message is there — or drops it once it lapsed ({@link MessageSequencer#LAPSE}).
 */
public class RedisRoomEventBroadcaster implements RoomEventBroadcaster, MessageSequencer {

    private static final String KEEP_MS = "60000";

    /** KEYS: reserved, last-out; ARGV: member, score, keep ms. Returns '' when reserved, else the last id out. */
    private static final RedisScript<String> RESERVE = RedisScript.of("""
            local last = redis.call('GET', KEYS[2])
            if last and ARGV[1] <= last then return last end
            redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return ''""", String.class);

    /**
     * KEYS: reserved (zset), posts (hash), last-out; ARGV: channel, lapse-before ms, keep ms, then either
     * [member, score, payload] to post or [member] to withdraw.
     */
    private static final RedisScript<Long> SETTLE = RedisScript.of("""
            if #ARGV >= 6 then
              redis.call('ZADD', KEYS[1], 'NX', ARGV[5], ARGV[4])
              redis.call('HSET', KEYS[2], ARGV[4], ARGV[6])
            elseif #ARGV == 4 then
              redis.call('ZREM', KEYS[1], ARGV[4])
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

    @Override
    public Reservation reserve(RoomId roomId, MessageId id) {
        String last = RedisGuard.call(() -> redis.execute(RESERVE, List.of(reserved(roomId), lastOut(roomId)), member(id),
                Long.toString(id.timestamp().toEpochMilli()), KEEP_MS));
        if (last != null && !last.isEmpty()) {
            return new Behind(new MessageId(Long.parseLong(last)));
        }
        return new Reserved(new Slot() {
            private final AtomicBoolean settled = new AtomicBoolean();

            @Override
            public MessageId id() {
                return id;
            }

            @Override
            public void publish(RoomBroadcast broadcast) {
                if (!settled.compareAndSet(false, true)) {
                    throw new IllegalStateException("slot " + id + " already settled");
                }
                settle(roomId, member(id), Long.toString(id.timestamp().toEpochMilli()), codec.encode(broadcast));
            }

            @Override
            public void close() {
                if (settled.compareAndSet(false, true)) {
                    settle(roomId, member(id));
                }
            }
        });
    }

    /** Runs the settling script: posts or withdraws one id, then publishes whatever may leave now, in id order. */
    private void settle(RoomId roomId, String... change) {
        String[] args = new String[3 + change.length];
        args[0] = channel(roomId);
        args[1] = Long.toString(clock.millis() - LAPSE.toMillis());
        args[2] = KEEP_MS;
        System.arraycopy(change, 0, args, 3, change.length);
        RedisGuard.run(() -> redis.execute(SETTLE, List.of(reserved(roomId), "chat:posts:" + roomId, lastOut(roomId)),
                (Object[]) args));
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
