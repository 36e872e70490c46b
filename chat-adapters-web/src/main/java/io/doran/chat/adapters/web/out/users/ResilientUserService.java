package io.doran.chat.adapters.web.out.users;

import io.doran.chat.domain.shared.UserId;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * One profile lookup at the user service under Resilience4j (003): each attempt has a time limit, a failed
 * attempt is repeated after a pause, and a circuit breaker stops asking a service that keeps failing (calls
 * then fail at once) until it lets a few through again. "Not found" is an answer, not a failure.
 */
public final class ResilientUserService implements AutoCloseable {

    /** The name of the circuit breaker, retry and time limiter: the {@code name} tag of their metrics. */
    public static final String NAME = "userService";

    private static final Logger log = LoggerFactory.getLogger(ResilientUserService.class);

    /** Not failures of the service: it answered, and said no (a 4xx other than 404, which is an answer). */
    private static final Predicate<Throwable> REFUSED = HttpClientErrorException.class::isInstance;

    private final UserServiceClient client;
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("user-service-", 0).factory());

    /**
     * The client of the user service at {@code settings.url()}, with its resilience configured from the settings;
     * the metrics of its circuit breaker, retry and time limiter go to {@code meters} (none when it is null).
     */
    public static ResilientUserService create(UserServiceSettings settings, MeterRegistry meters) {
        if (settings.url() == null) {
            throw new IllegalStateException("chat.user-service.url is not set");
        }
        var http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout());
        RestClient rest = RestClient.builder().baseUrl(settings.url().toString()).requestFactory(requests).build();
        UserServiceClient client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build()
                .createClient(UserServiceClient.class);

        UserServiceSettings.CircuitBreaker circuit = settings.circuitBreaker();
        CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(circuit.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(circuit.slidingWindowSize())
                .minimumNumberOfCalls(circuit.slidingWindowSize())
                .waitDurationInOpenState(circuit.waitDurationInOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .ignoreException(REFUSED)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(settings.retry().maxAttempts())
                .waitDuration(settings.retry().waitDuration())
                .retryOnException(REFUSED.negate().and(e -> !(e instanceof CallNotPermittedException)))
                .failAfterMaxAttempts(false)
                .build());
        TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(NAME);
        Retry retry = retries.retry(NAME);
        TimeLimiter timeLimiter = timeLimiters.timeLimiter(NAME);
        circuitBreaker.getEventPublisher().onStateTransition(event -> log.warn(
                "User service circuit {}: {}", event.getStateTransition(), switch (event.getStateTransition().getToState()) {
                    case OPEN, FORCED_OPEN -> "display names come from known profiles, then user ids, until it closes";
                    case HALF_OPEN -> "trying the user service again";
                    default -> "the user service answers again";
                }));
        timeLimiter.getEventPublisher().onTimeout(event -> log.warn(
                "A call to the user service timed out after {} (retried; when every attempt fails, the cache answers)",
                settings.timeout()));
        if (meters != null) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
            TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meters);
        }
        return new ResilientUserService(client, timeLimiter, retry, circuitBreaker);
    }

    ResilientUserService(UserServiceClient client, TimeLimiter timeLimiter, Retry retry, CircuitBreaker circuitBreaker) {
        this.client = client;
        this.timeLimiter = timeLimiter;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
    }

    /**
     * The user's profile, or empty when the user service does not know the user.
     *
     * @throws Exception when the user service could not say: too slow, failing, unreachable, or the circuit is open
     */
    Optional<UserDto> fetch(UserId user) throws Exception {
        Callable<Optional<UserDto>> attempt = () -> timeLimiter.executeFutureSupplier(() -> attempts.submit(() -> ask(user)));
        return Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(circuitBreaker, attempt)).call();
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private Optional<UserDto> ask(UserId user) {
        try {
            return Optional.ofNullable(client.user(user.value()));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        attempts.shutdownNow();
    }
}
