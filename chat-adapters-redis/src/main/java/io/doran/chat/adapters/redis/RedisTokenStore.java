package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.TokenStore;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The auth server's token store (000): a token is live while its key exists ({@code auth:token:{jti}} by default). */
public class RedisTokenStore implements TokenStore {

    private final StringRedisTemplate redis;
    private final String keyPattern;

    public RedisTokenStore(StringRedisTemplate redis, String keyPattern) {
        if (!keyPattern.contains("{jti}")) {
            throw new IllegalArgumentException("the token key pattern must contain {jti}: " + keyPattern);
        }
        this.redis = redis;
        this.keyPattern = keyPattern;
    }

    private String key(String jti) {
        return keyPattern.replace("{jti}", jti);
    }

    @Override
    public boolean isActive(String jti) {
        return RedisGuard.call(() -> Boolean.TRUE.equals(redis.hasKey(key(jti))));
    }

    @Override
    public void store(String jti, Duration ttl) {
        RedisGuard.run(() -> redis.opsForValue().set(key(jti), "1", ttl));
    }

    @Override
    public void revoke(String jti) {
        RedisGuard.run(() -> redis.delete(key(jti)));
    }
}
