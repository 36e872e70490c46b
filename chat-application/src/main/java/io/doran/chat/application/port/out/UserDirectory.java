package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.Map;

/**
 * Display names and profiles (003: a user service over HTTP with timeouts, retry, circuit breaker and a
 * cached fallback). Never fails a chat operation: users it cannot find are simply absent from the answer.
 */
public interface UserDirectory {

    /** The profiles known for {@code users}; missing users are absent. */
    Map<UserId, UserProfile> profiles(Collection<UserId> users);

    /** Remembers what a verified credential said about its user (name claims), for later lookups. */
    void remember(UserProfile profile);
}
