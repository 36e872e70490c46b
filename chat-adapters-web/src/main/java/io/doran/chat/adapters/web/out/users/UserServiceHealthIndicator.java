package io.doran.chat.adapters.web.out.users;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code userService} component of {@code /actuator/health}: DOWN while the circuit breaker is open (the
 * service failed too often and is not asked), UP otherwise. It never calls the service itself; the chat stays
 * ready either way (display names fall back), so readiness does not include it.
 */
final class UserServiceHealthIndicator implements HealthIndicator {

    private final CircuitBreaker circuitBreaker;
    private final URI url;

    UserServiceHealthIndicator(CircuitBreaker circuitBreaker, URI url) {
        this.circuitBreaker = circuitBreaker;
        this.url = url;
    }

    @Override
    public Health health() {
        CircuitBreaker.State state = circuitBreaker.getState();
        Health.Builder health = switch (state) {
            case OPEN, FORCED_OPEN -> Health.down();
            default -> Health.up();
        };
        CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
        return health.withDetail("url", url.toString())
                .withDetail("circuit", state.name())
                .withDetail("failureRate", metrics.getFailureRate())
                .withDetail("failedCalls", metrics.getNumberOfFailedCalls())
                .withDetail("notPermittedCalls", metrics.getNumberOfNotPermittedCalls())
                .build();
    }
}
