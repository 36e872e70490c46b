package io.doran.chat.adapters.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Profiles that credentials told about, shared by every node ({@code profile:{userId}} hashes), each node keeping what
 * it looked up for {@code chat.redis.profile-cache-ttl} (unknown users too), so that a sender's name and picture cost no
 * round trip on every message (issue 17). A changed profile shows everywhere within the ttl, and on the node that took
 * the credential usually at once. A ttl of zero keeps nothing.
 */
public class RedisUserDirectory implements UserDirectory {

    /**
     * KEYS: profile hashes. Returns nickname, email and picture of each in turn (nil where unset): any
     * number of users in one round trip on the shared connection (a pipeline would need a connection of
     * its own for every call). The keys of one call are on one Redis server (no cluster slots).
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> PROFILES = RedisScript.of("""
            local out = {}
            for _, key in ipairs(KEYS) do
              local values = redis.call('HMGET', key, 'nickname', 'email', 'picture')
              out[#out + 1] = values[1]
              out[#out + 1] = values[2]
              out[#out + 1] = values[3]
            end
            return out""", List.class);
    private static final int FIELDS = 3;

    /** Profiles held per node at most; the least recently used go first beyond it. */
    private static final int HELD_PROFILES = 100_000;

    private final StringRedisTemplate redis;
    private final Cache<UserId, Optional<UserProfile>> held;

    public RedisUserDirectory(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.held = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(ttl.isZero() ? 0 : HELD_PROFILES).build();
    }

    @Override
    public Map<UserId, UserProfile> profiles(Collection<UserId> users) {
        Map<UserId, UserProfile> found = new HashMap<>();
        List<UserId> missing = new ArrayList<>();
        for (UserId user : users) {
            Optional<UserProfile> known = held.getIfPresent(user);
            if (known == null) {
                missing.add(user);
            } else {
                known.ifPresent(profile -> found.put(user, profile));
            }
        }
        if (!missing.isEmpty()) {
            Map<UserId, UserProfile> read = read(missing);
            for (UserId user : missing) {
                held.put(user, Optional.ofNullable(read.get(user)));
            }
            found.putAll(read);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<UserId, UserProfile> read(List<UserId> ordered) {
        List<String> keys = ordered.stream().map(user -> "profile:" + user.value()).toList();
        List<Object> values = RedisGuard.call(() -> redis.execute(PROFILES, keys));
        Map<UserId, UserProfile> found = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<Object> fields = values.subList(i * FIELDS, i * FIELDS + FIELDS);
            if (fields.stream().anyMatch(v -> v != null)) {
                found.put(ordered.get(i), new UserProfile(ordered.get(i), text(fields, 0), text(fields, 1), text(fields, 2)));
            }
        }
        return found;
    }

    private static Optional<String> text(List<Object> values, int index) {
        Object value = values.get(index);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    @Override
    public void remember(UserProfile profile) {
        Map<String, String> fields = new HashMap<>();
        profile.nickname().ifPresent(n -> fields.put("nickname", n));
        profile.email().ifPresent(e -> fields.put("email", e));
        profile.pictureUrl().ifPresent(p -> fields.put("picture", p));
        if (!fields.isEmpty()) {
            RedisGuard.run(() -> redis.opsForHash().putAll("profile:" + profile.userId().value(), fields));
            held.invalidate(profile.userId());
        }
    }
}
