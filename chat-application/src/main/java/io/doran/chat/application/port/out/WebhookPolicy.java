package io.doran.chat.application.port.out;

import java.time.Duration;

/**
 * How webhook deliveries are retried (issue 18): after the {@code n}th failed attempt the next waits
 * {@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}; after {@code maxAttempts} attempts a delivery is
 * given up.
 *
 * @param lease     how long a claimed delivery is another node's to try before this one may (longer than a send)
 * @param batch     how many due deliveries one node claims at a time
 * @param handoff   events waiting to be written to the outbox before further ones are dropped (so that a slow
 *                  store never slows the chat)
 */
public record WebhookPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease, int batch,
                            int handoff) {

    public WebhookPolicy {
        if (maxAttempts < 1 || batch < 1 || handoff < 1) {
            throw new IllegalArgumentException("attempts, batch and handoff must be positive");
        }
        if (!initialBackoff.isPositive() || maxBackoff.compareTo(initialBackoff) < 0 || !lease.isPositive()) {
            throw new IllegalArgumentException("backoffs and lease must be positive, the largest backoff at least the first");
        }
    }

    /** The wait after the {@code attempts}th failed attempt. */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
