package io.doran.chat.adapters.web.out.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.memory.MemoryUserDirectory;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.contract.UserDirectoryContract;
import io.doran.chat.domain.shared.UserId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The user directory over HTTP against a real user service (a local HTTP server): profiles from the service,
 * and when it is slow, failing or down, the profiles it gave before, then what credentials said, then nothing
 * (the user id shows); the circuit opens, and closes again when the service recovers.
 */
class HttpUserDirectoryTest {

    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");

    FakeUserService service;
    MemoryUserDirectory credentials;
    SimpleMeterRegistry meters;
    ResilientUserService client;
    HttpUserDirectory directory;

    /**
     * Limits short enough for a test to see the circuit open and close, and a time limit long enough for a cold
     * first call on a busy machine; by default every lookup asks the service (no profile is fresh).
     */
    static UserServiceSettings settings(URI url, Duration refreshAfter) {
        return new UserServiceSettings(url, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(2),
                new UserServiceSettings.Retry(2, Duration.ofMillis(20)),
                new UserServiceSettings.CircuitBreaker(50, 4, Duration.ofMillis(400)),
                new UserServiceSettings.Cache(100, Duration.ofHours(1), refreshAfter));
    }

    void open(Duration refreshAfter) {
        UserServiceSettings settings = settings(service.url(), refreshAfter);
        client = ResilientUserService.create(settings, meters);
        directory = new HttpUserDirectory(client, HttpUserDirectory.localCache(settings), credentials, settings,
                Clock.systemUTC());
    }

    @BeforeEach
    void start() {
        service = FakeUserService.start();
        credentials = new MemoryUserDirectory();
        meters = new SimpleMeterRegistry();
        open(Duration.ZERO);
    }

    @AfterEach
    void stop() {
        service.answers();
        directory.close();
        client.close();
        service.close();
    }

    Optional<String> nickname(UserId user) {
        return Optional.ofNullable(directory.profiles(List.of(user)).get(user)).flatMap(UserProfile::nickname);
    }

    Status health() {
        return new UserServiceHealthIndicator(client.circuitBreaker(), service.url()).health().getStatus();
    }

    /** Polls (every 20 ms, at most 10 s) until the condition holds. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void profiles_come_from_the_user_service_and_its_other_fields_are_ignored() {
        service.knows("alice", "앨리스");

        UserProfile alice = directory.profiles(List.of(ALICE)).get(ALICE);

        assertThat(alice.nickname()).contains("앨리스");
        assertThat(alice.email()).contains("alice@example.com");
        assertThat(alice.pictureUrl()).contains("https://example.com/alice.png");
        assertThat(health()).isEqualTo(Status.UP);
    }

    @Test
    void a_profile_younger_than_refresh_after_is_used_without_asking_again() {
        open(Duration.ofHours(1));
        service.knows("alice", "Alice");

        assertThat(nickname(ALICE)).contains("Alice");
        assertThat(nickname(ALICE)).contains("Alice");

        assertThat(service.requests()).isEqualTo(1);
    }

    @Test
    void users_the_service_does_not_know_fall_back_to_what_credentials_said_then_to_nothing() {
        credentials.remember(new UserProfile(BOB, Optional.of("Bobby"), Optional.empty(), Optional.empty()));

        assertThat(nickname(BOB)).contains("Bobby");
        assertThat(directory.profiles(List.of(CAROL))).isEmpty();
        assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).as("a 404 is an answer").isZero();
    }

    @Test
    void several_users_are_asked_at_once_each_answered_from_where_it_is_known() {
        service.knows("alice", "Alice").knows("bob", "Bob");
        credentials.remember(new UserProfile(CAROL, Optional.of("Caroline"), Optional.empty(), Optional.empty()));

        Map<UserId, UserProfile> profiles = directory.profiles(List.of(ALICE, BOB, CAROL, UserId.of("nobody")));

        assertThat(profiles).containsOnlyKeys(ALICE, BOB, CAROL);
        assertThat(profiles.get(ALICE).nickname()).contains("Alice");
        assertThat(profiles.get(BOB).nickname()).contains("Bob");
        assertThat(profiles.get(CAROL).nickname()).contains("Caroline");
    }

    @Test
    void a_failing_service_is_retried_and_the_profile_it_gave_before_is_used() {
        service.knows("alice", "Alice");
        assertThat(nickname(ALICE)).contains("Alice");

        service.fails();

        assertThat(nickname(ALICE)).contains("Alice");
        assertThat(service.requests()).as("the first lookup, then two attempts").isEqualTo(3);
        assertThat(nickname(CAROL)).as("nobody knew carol").isEmpty();
    }

    @Test
    void a_slow_service_is_given_up_on_at_the_time_limit_and_the_known_profile_is_used() {
        service.knows("alice", "Alice");
        assertThat(nickname(ALICE)).contains("Alice");
        credentials.remember(new UserProfile(BOB, Optional.of("Bobby"), Optional.empty(), Optional.empty()));

        service.hangs();

        assertThat(nickname(ALICE)).contains("Alice");
        assertThat(nickname(BOB)).contains("Bobby");
        assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).as("timeouts are failures").isPositive();
    }

    @Test
    void a_service_that_is_down_opens_the_circuit_and_one_that_recovers_closes_it() {
        service.knows("alice", "Alice");
        assertThat(nickname(ALICE)).contains("Alice");
        service.stop();

        assertThat(nickname(ALICE)).as("connection refused").contains("Alice");
        assertThat(nickname(ALICE)).contains("Alice");
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(health()).isEqualTo(Status.DOWN);
        assertThat(nickname(ALICE)).as("while open, nothing is asked").contains("Alice");
        assertThat(client.circuitBreaker().getMetrics().getNumberOfNotPermittedCalls()).isPositive();

        service.knows("alice", "Alice Again");
        service.restart();

        eventually(() -> nickname(ALICE).equals(Optional.of("Alice Again"))
                && client.circuitBreaker().getState() == CircuitBreaker.State.CLOSED);
        assertThat(health()).isEqualTo(Status.UP);
    }

    @Test
    void the_circuit_retries_and_time_limits_are_measured() {
        service.knows("alice", "Alice");
        nickname(ALICE);
        service.fails();
        nickname(ALICE);

        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", "userService").tag("state", "closed")
                .gauge().value()).isEqualTo(1);
        assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "userService").tag("kind", "failed")
                .timer().count()).isEqualTo(2);
        assertThat(meters.get("resilience4j.retry.calls").tag("name", "userService").tag("kind", "failed_with_retry")
                .functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("resilience4j.timelimiter.calls").tag("name", "userService").tag("kind", "successful")
                .counter().count()).isEqualTo(1);
    }

    /** The port's contract, on a service that knows nobody: the profiles credentials told about. */
    @Nested
    class Contract extends UserDirectoryContract {

        @Override
        protected UserDirectory newDirectory() {
            return HttpUserDirectoryTest.this.directory;
        }
    }
}
