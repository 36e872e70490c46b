package io.doran.chat.adapters.web.out.users;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The user service (003) that display names come from: {@code GET {url}/api/users/{userId}}. Without a
 * {@code url} the profiles come only from verified credentials. The defaults are seed 003's settings.
 *
 * @param url            base URL of the user service, e.g. {@code http://user-service:8082}; unset, it is not used
 * @param connectTimeout how long opening a connection to the user service may take
 * @param readTimeout    how long the user service may take to answer, per attempt
 * @param timeout        the time limit of one attempt, connection and answer included
 * @param retry          how failed attempts are repeated
 * @param circuitBreaker when the user service is given a rest
 * @param cache          the profiles the user service gave, used while it is slow or down
 */
@ConfigurationProperties("chat.user-service")
public record UserServiceSettings(
        URI url,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker,
        @DefaultValue Cache cache) {

    public UserServiceSettings {
        if (url != null && (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null)) {
            throw new IllegalArgumentException("chat.user-service.url must be an http(s) URL with a host, not " + url);
        }
        positive("connect-timeout", connectTimeout);
        positive("read-timeout", readTimeout);
        positive("timeout", timeout);
    }

    /**
     * @param maxAttempts  attempts per lookup, the first included (1 = no retry)
     * @param waitDuration the pause between two attempts
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("1s") Duration waitDuration) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("chat.user-service.retry.max-attempts must be at least 1");
            }
            if (waitDuration == null || waitDuration.isNegative()) {
                throw new IllegalArgumentException("chat.user-service.retry.wait-duration must not be negative");
            }
        }
    }

    /**
     * @param failureRateThreshold    percentage of failed calls, among the last {@code slidingWindowSize}, that opens the circuit
     * @param slidingWindowSize       how many of the latest calls the failure rate is computed over
     * @param waitDurationInOpenState how long an open circuit refuses calls before it lets a few through again
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
                                 @DefaultValue("10s") Duration waitDurationInOpenState) {

        public CircuitBreaker {
            if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
                throw new IllegalArgumentException("chat.user-service.circuit-breaker.failure-rate-threshold must be in (0, 100]");
            }
            if (slidingWindowSize < 1) {
                throw new IllegalArgumentException("chat.user-service.circuit-breaker.sliding-window-size must be at least 1");
            }
            positive("circuit-breaker.wait-duration-in-open-state", waitDurationInOpenState);
        }
    }

    /**
     * @param maxSize      profiles kept at most on one node (with {@code redis} the shared cache is bounded by {@code ttl} only)
     * @param ttl          how long a profile is kept after the user service gave it: the fallback while the service is slow or down
     * @param refreshAfter a profile younger than this is used without asking the user service again
     */
    public record Cache(@DefaultValue("10000") int maxSize, @DefaultValue("24h") Duration ttl,
                        @DefaultValue("5m") Duration refreshAfter) {

        public Cache {
            if (maxSize < 1) {
                throw new IllegalArgumentException("chat.user-service.cache.max-size must be at least 1");
            }
            positive("cache.ttl", ttl);
            if (refreshAfter == null || refreshAfter.isNegative()) {
                throw new IllegalArgumentException("chat.user-service.cache.refresh-after must not be negative");
            }
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("chat.user-service." + name + " must be positive");
        }
    }
}
