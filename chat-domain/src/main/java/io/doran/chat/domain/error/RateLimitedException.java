package io.doran.chat.domain.error;

import java.time.Duration;
import java.util.Objects;

/** A request refused by a rate limit (SPEC §8): says when the caller may try again. */
public class RateLimitedException extends ChatException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
