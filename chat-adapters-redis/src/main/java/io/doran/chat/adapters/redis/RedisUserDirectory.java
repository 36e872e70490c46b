package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.shared.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Profiles that credentials told about, shared by every node ({@code profile:{userId}} hashes). */
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

    private final StringRedisTemplate redis;

    public RedisUserDirectory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UserId, UserProfile> profiles(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        List<UserId> ordered = new ArrayList<>(users);
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
        }
    }
}
