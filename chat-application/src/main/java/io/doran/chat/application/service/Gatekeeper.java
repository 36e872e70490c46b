package io.doran.chat.application.service;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RateDecision;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;

/** The checks in front of writes: the user's status (003) and the rate limits (SPEC §8). */
final class Gatekeeper {

    private final RateLimiter rateLimiter;
    private final UserStatuses statuses;

    Gatekeeper(RateLimiter rateLimiter, UserStatuses statuses) {
        this.rateLimiter = rateLimiter;
        this.statuses = statuses;
    }

    /** For a service that only admits users and limits nothing. */
    static Gatekeeper statusesOnly(UserStatuses statuses) {
        return new Gatekeeper((key, limit) -> {
            throw new IllegalStateException("this gatekeeper limits nothing");
        }, statuses);
    }

    /** {@code user}'s bucket of {@code limit}, for a port that takes the token itself (the sequencer's reservation). */
    MessageSequencer.Quota quota(UserId user, RateLimit limit) {
        return new MessageSequencer.Quota(bucket(user, limit), limit);
    }

    private static String bucket(UserId user, RateLimit limit) {
        return limit.name() + ":" + user.value();
    }

    /** Inactive users read but do not send; suspended and deleted users do neither. */
    void requireMaySend(UserId user) {
        UserStatus status = statuses.statusOf(user);
        if (!status.mayRead()) {
            throw new ChatException(ErrorCode.USER_SUSPENDED);
        }
        if (!status.maySend()) {
            throw new ChatException(ErrorCode.USER_INACTIVE);
        }
    }

    void requireMayConnect(UserId user) {
        if (!statuses.statusOf(user).mayConnect()) {
            throw new ChatException(ErrorCode.USER_SUSPENDED);
        }
    }

    /** Takes a token of {@code limit} for {@code user}, or refuses with when to retry. */
    void throttle(UserId user, RateLimit limit) {
        RateDecision decision = rateLimiter.tryAcquire(bucket(user, limit), limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfter());
        }
    }
}
