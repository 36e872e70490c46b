package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Users' statuses from the user service's events (003), shared by every node; active users have no key. */
public class RedisUserStatuses implements UserStatuses {

    private final StringRedisTemplate redis;

    public RedisUserStatuses(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public UserStatus statusOf(UserId user) {
        String status = RedisGuard.call(() -> redis.opsForValue().get("status:" + user.value()));
        return status == null ? UserStatus.ACTIVE : UserStatus.valueOf(status);
    }

    @Override
    public void set(UserId user, UserStatus status) {
        if (status == UserStatus.ACTIVE) {
            RedisGuard.run(() -> redis.delete("status:" + user.value()));
        } else {
            RedisGuard.run(() -> redis.opsForValue().set("status:" + user.value(), status.name()));
        }
    }
}
