package io.doran.chat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's status and the rate limits stand in front of every write (003, SPEC §8). */
class GatekeeperTest {

    private static final UserId ALICE = UserId.of("alice");
    private static final RateLimit MESSAGES = new RateLimit("messages", 30, 30, Duration.ofMinutes(1));

    private final Map<UserId, UserStatus> statusByUser = new HashMap<>();
    private final UserStatuses statuses = new UserStatuses() {
        @Override
        public UserStatus statusOf(UserId user) {
            return statusByUser.getOrDefault(user, UserStatus.ACTIVE);
        }

        @Override
        public void set(UserId user, UserStatus status) {
            statusByUser.put(user, status);
        }
    };
    private final List<String> keys = new ArrayList<>();
    private RateDecision nextDecision = RateDecision.allow(29);
    private final Gatekeeper gatekeeper = new Gatekeeper((key, limit) -> {
        keys.add(key);
        return nextDecision;
    }, statuses);

    private static void refused(ErrorCode code, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ChatException.class)
                .satisfies(e -> assertThat(((ChatException) e).code()).isEqualTo(code));
    }

    @Test
    void active_users_send_and_connect() {
        assertThatCode(() -> {
            gatekeeper.requireMaySend(ALICE);
            gatekeeper.requireMayConnect(ALICE);
        }).doesNotThrowAnyException();
    }

    @Test
    void inactive_users_connect_but_do_not_send() {
        statuses.set(ALICE, UserStatus.INACTIVE);

        refused(ErrorCode.USER_INACTIVE, () -> gatekeeper.requireMaySend(ALICE));
        assertThatCode(() -> gatekeeper.requireMayConnect(ALICE)).doesNotThrowAnyException();
    }

    @Test
    void suspended_and_deleted_users_neither_send_nor_connect() {
        for (UserStatus status : List.of(UserStatus.SUSPENDED, UserStatus.DELETED)) {
            statuses.set(ALICE, status);

            refused(ErrorCode.USER_SUSPENDED, () -> gatekeeper.requireMaySend(ALICE));
            refused(ErrorCode.USER_SUSPENDED, () -> gatekeeper.requireMayConnect(ALICE));
        }
    }

    @Test
    void each_limit_is_counted_per_user_under_its_own_name() {
        gatekeeper.throttle(ALICE, MESSAGES);
        gatekeeper.throttle(UserId.of("bob"), MESSAGES);

        assertThat(keys).containsExactly("messages:alice", "messages:bob");
    }

    @Test
    void over_the_limit_the_caller_learns_when_to_retry() {
        nextDecision = RateDecision.deny(Duration.ofSeconds(2));

        assertThatThrownBy(() -> gatekeeper.throttle(ALICE, MESSAGES))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> {
                    assertThat(((RateLimitedException) e).code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(2));
                });
    }
}
