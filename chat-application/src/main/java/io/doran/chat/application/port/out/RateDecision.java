package io.doran.chat.application.port.out;

import java.time.Duration;

/** A rate limiter's answer: allowed or not, when to retry, and how many tokens are left. */
public record RateDecision(boolean allowed, Duration retryAfter, long remaining) {

    public static RateDecision allow(long remaining) {
        return new RateDecision(true, Duration.ZERO, remaining);
    }

    public static RateDecision deny(Duration retryAfter) {
        return new RateDecision(false, retryAfter, 0);
    }
}
