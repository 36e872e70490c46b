package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RecentWindow;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last messages of each room in Redis (SPEC §6, 000/003), shared by every node: a list of
 * {@code id\tjson} entries newest first and a meta hash (version, warm, older). Every change is one
 * script, so a warm-up that raced a send is refused and the cache never loses a message.
 */
public class RedisRecentMessageCache implements RecentMessageCache {

    static final long KEEP_MS = 24 * 3600 * 1000L;

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> GET = RedisScript.of("""
            local meta = redis.call('HMGET', KEYS[2], 'warm', 'older')
            if meta[1] ~= '1' then return {} end
            local result = {meta[2] or '0'}
            for _, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do table.insert(result, item) end
            return result""", List.class);

    /** KEYS: list, meta; ARGV: expected version, older, keep ms, items... */
    private static final RedisScript<Long> FILL = RedisScript.of("""
            local version = redis.call('HGET', KEYS[2], 'v') or '0'
            if version ~= ARGV[1] then return 0 end
            redis.call('DEL', KEYS[1])
            for i = 4, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
            redis.call('HSET', KEYS[2], 'v', version, 'warm', '1', 'older', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return 1""", Long.class);

    /**
     * Lua: puts {@code item} ({@code id\tjson}) first in a warm window, dropping the oldest beyond {@code capacity},
     * and bumps the version, warm or not. An item whose id the window already lists is not added again: a warm-up
     * that read the database after the message was stored has it already. The sequencer's settling script runs
     * it too, as each new message goes out ({@link RedisRoomEventBroadcaster}).
     */
    static final String PUSH = """
            local function push_recent(list, meta, item, capacity, keep)
              redis.call('HINCRBY', meta, 'v', 1)
              redis.call('PEXPIRE', meta, keep)
              if redis.call('HGET', meta, 'warm') ~= '1' then return 0 end
              local id = string.match(item, '^[^\t]*')
              for _, cached in ipairs(redis.call('LRANGE', list, 0, -1)) do
                if string.match(cached, '^[^\t]*') == id then return 0 end
              end
              redis.call('LPUSH', list, item)
              if redis.call('LLEN', list) > capacity then
                redis.call('LTRIM', list, 0, capacity - 1)
                redis.call('HSET', meta, 'older', '1')
              end
              redis.call('PEXPIRE', list, keep)
              return 1
            end
            """;

    /** KEYS: list, meta; ARGV: item, capacity, keep ms. */
    private static final RedisScript<Long> APPEND = RedisScript.of(
            PUSH + "return push_recent(KEYS[1], KEYS[2], ARGV[1], tonumber(ARGV[2]), ARGV[3])", Long.class);

    /** KEYS: list, meta; ARGV: id prefix, item, keep ms. */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            redis.call('HINCRBY', KEYS[2], 'v', 1)
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            if redis.call('HGET', KEYS[2], 'warm') ~= '1' then return 0 end
            for i, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
              if string.sub(item, 1, string.len(ARGV[1])) == ARGV[1] then
                redis.call('LSET', KEYS[1], i - 1, ARGV[2])
                return 1
              end
            end
            return 0""", Long.class);

    /** KEYS: list, meta; ARGV: keep ms. */
    private static final RedisScript<Long> EVICT = RedisScript.of("""
            redis.call('HINCRBY', KEYS[2], 'v', 1)
            redis.call('HSET', KEYS[2], 'warm', '0')
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            redis.call('DEL', KEYS[1])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final int capacity;

    public RedisRecentMessageCache(StringRedisTemplate redis, JsonMapper json, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.redis = redis;
        this.json = json;
        this.capacity = capacity;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<RecentWindow> get(RoomId roomId) {
        List<String> result = RedisGuard.call(() -> redis.execute(GET, keys(roomId)));
        if (result == null || result.isEmpty()) {
            return Optional.empty();
        }
        List<Message> messages = new ArrayList<>();
        for (String item : result.subList(1, result.size())) {
            messages.add(decode(item));
        }
        return Optional.of(new RecentWindow(messages, "1".equals(result.getFirst())));
    }

    @Override
    public long version(RoomId roomId) {
        Object version = RedisGuard.call(() -> redis.opsForHash().get(meta(roomId), "v"));
        return version == null ? 0 : Long.parseLong(version.toString());
    }

    @Override
    public boolean fill(RoomId roomId, RecentWindow window, long expectedVersion) {
        List<Message> kept = window.newestFirst().subList(0, Math.min(capacity, window.newestFirst().size()));
        boolean older = window.hasOlder() || window.newestFirst().size() > capacity;
        List<String> args = new ArrayList<>(List.of(Long.toString(expectedVersion), older ? "1" : "0", Long.toString(KEEP_MS)));
        kept.forEach(m -> args.add(item(m)));
        return RedisGuard.call(() -> redis.execute(FILL, keys(roomId), args.toArray())) == 1L;
    }

    @Override
    public void append(Message message) {
        RedisGuard.run(() -> redis.execute(APPEND, keys(message.roomId()), item(message), Integer.toString(capacity),
                Long.toString(KEEP_MS)));
    }

    @Override
    public void replace(Message message) {
        RedisGuard.run(() -> redis.execute(REPLACE, keys(message.roomId()), message.id().asString() + "\t",
                item(message), Long.toString(KEEP_MS)));
    }

    @Override
    public void remove(RoomId roomId, MessageId messageId) {
        evict(roomId);
    }

    @Override
    public void evict(RoomId roomId) {
        RedisGuard.run(() -> redis.execute(EVICT, keys(roomId), Long.toString(KEEP_MS)));
    }

    @Override
    public int capacity() {
        return capacity;
    }

    /** The window's entry for {@code message}: {@code id\tjson}. */
    String item(Message message) {
        return message.id().asString() + "\t" + json.writeValueAsString(MessageJson.of(message));
    }

    private Message decode(String item) {
        return json.readValue(item.substring(item.indexOf('\t') + 1), MessageJson.class).toMessage();
    }

    /** The room's window and its meta hash. */
    static List<String> keys(RoomId roomId) {
        return List.of("recent:" + roomId, meta(roomId));
    }

    private static String meta(RoomId roomId) {
        return "recent:" + roomId + ":meta";
    }
}
