package io.doran.chat.application.port.out;

/** Rate limits shared by every node (SPEC §8; Redis: an atomic token bucket). */
public interface RateLimiter {

    /** Takes one token from the bucket {@code key} under {@code limit}. */
    RateDecision tryAcquire(String key, RateLimit limit);
}
