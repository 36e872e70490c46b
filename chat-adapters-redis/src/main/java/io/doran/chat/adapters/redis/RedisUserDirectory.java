package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Profiles that credentials told about, shared by every node ({@code profile:{userId}} hashes). */
public class RedisUserDirectory implements UserDirectory {

    private static final List<Object> FIELDS = List.of("nickname", "email", "picture");

    private final StringRedisTemplate redis;

    public RedisUserDirectory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Map<UserId, UserProfile> profiles(Collection<UserId> users) {
        List<UserId> ordered = new ArrayList<>(users);
        List<Object> rows = RedisGuard.call(() -> redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations operations) {
                for (UserId user : ordered) {
                    operations.opsForHash().multiGet("profile:" + user.value(), FIELDS);
                }
                return null;
            }
        }));
        Map<UserId, UserProfile> found = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) rows.get(i);
            if (values != null && values.stream().anyMatch(v -> v != null)) {
                found.put(ordered.get(i), new UserProfile(ordered.get(i), text(values, 0), text(values, 1), text(values, 2)));
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
