package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** User statuses in memory; only non-active users are kept. */
public class MemoryUserStatuses implements UserStatuses {

    private final Map<UserId, UserStatus> statuses = new ConcurrentHashMap<>();

    @Override
    public UserStatus statusOf(UserId user) {
        return statuses.getOrDefault(user, UserStatus.ACTIVE);
    }

    @Override
    public void set(UserId user, UserStatus status) {
        if (status == UserStatus.ACTIVE) {
            statuses.remove(user);
        } else {
            statuses.put(user, status);
        }
    }
}
