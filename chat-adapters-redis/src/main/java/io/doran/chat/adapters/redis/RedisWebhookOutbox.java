package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook outbox every node shares under the {@code redis} profile (issue 18), so deliveries survive a restart
 * and go out from one node: a hash of the deliveries ({@code {webhooks}:deliveries}, id → JSON) and a sorted set of
 * when each is due ({@code {webhooks}:due}). A claim moves a delivery's due time to the end of its lease in one
 * script, so two nodes never claim it at once, and a node that dies mid-send leaves it to the next claimer.
 */
public class RedisWebhookOutbox implements WebhookOutbox {

    /** KEYS: due, deliveries; ARGV: capacity, due ms, id, json. Returns 1 when kept, 0 when full. */
    private static final RedisScript<Long> ADD = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[2], ARGV[3]) == 1 then return 1 end
            if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
            return 1""", Long.class);

    /** KEYS: due, deliveries; ARGV: now ms, lease end ms, max. Returns the JSON of each delivery claimed. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CLAIM = RedisScript.of("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
            local claimed = {}
            for _, id in ipairs(ids) do
              local json = redis.call('HGET', KEYS[2], id)
              if json then
                redis.call('ZADD', KEYS[1], ARGV[2], id)
                table.insert(claimed, json)
              else
                redis.call('ZREM', KEYS[1], id)
              end
            end
            return claimed""", List.class);

    /** KEYS: due, deliveries; ARGV: id. */
    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('ZREM', KEYS[1], ARGV[1])
            return redis.call('HDEL', KEYS[2], ARGV[1])""", Long.class);

    /** KEYS: due, deliveries; ARGV: due ms, id, json. Only a delivery still kept is rescheduled. */
    private static final RedisScript<Long> RETRY = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final int capacity;
    private final List<String> keys;

    /** The outbox under {@code {name}:due} and {@code {name}:deliveries}, at most {@code capacity} deliveries. */
    public RedisWebhookOutbox(StringRedisTemplate redis, JsonMapper json, int capacity, String name) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the webhook outbox needs room for at least one delivery");
        }
        this.redis = redis;
        this.json = json;
        this.capacity = capacity;
        this.keys = List.of("{" + name + "}:due", "{" + name + "}:deliveries");
    }

    public RedisWebhookOutbox(StringRedisTemplate redis, JsonMapper json, int capacity) {
        this(redis, json, capacity, "webhooks");
    }

    @Override
    public boolean add(WebhookDelivery delivery, Instant dueAt) {
        Long kept = RedisGuard.call(() -> redis.execute(ADD, keys, Integer.toString(capacity),
                Long.toString(dueAt.toEpochMilli()), delivery.id(), json.writeValueAsString(delivery)));
        return kept != null && kept == 1L;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int max) {
        List<String> claimed = RedisGuard.call(() -> redis.execute(CLAIM, keys, Long.toString(now.toEpochMilli()),
                Long.toString(now.plus(lease).toEpochMilli()), Integer.toString(max)));
        return claimed == null ? List.of()
                : claimed.stream().map(text -> json.readValue(text, WebhookDelivery.class)).toList();
    }

    @Override
    public void remove(String deliveryId) {
        RedisGuard.call(() -> redis.execute(REMOVE, keys, deliveryId));
    }

    @Override
    public void retryAt(WebhookDelivery delivery, Instant dueAt) {
        RedisGuard.call(() -> redis.execute(RETRY, keys, Long.toString(dueAt.toEpochMilli()), delivery.id(),
                json.writeValueAsString(delivery)));
    }

    @Override
    public long pending() {
        Long size = RedisGuard.call(() -> redis.opsForHash().size(keys.get(1)));
        return size == null ? 0 : size;
    }
}
