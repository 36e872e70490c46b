package io.doran.chat.bootstrap.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.web.out.users.FakeUserService;
import io.doran.chat.bootstrap.rest.Api;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Display names from a user service over HTTP (a real one, started here), and a chat that keeps working while
 * that service is slow, failing and down: names fall back to the profiles it gave before, then to user ids,
 * sends succeed, the {@code userService} health component and the circuit's metrics say what happens, and
 * everything returns when the service does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.user-service.timeout=2s", "chat.user-service.retry.max-attempts=2", "chat.user-service.retry.wait-duration=20ms",
        "chat.user-service.circuit-breaker.sliding-window-size=4", "chat.user-service.circuit-breaker.wait-duration-in-open-state=1s",
        "chat.user-service.cache.refresh-after=0s", "management.endpoint.health.show-details=always",
        "chat.limits.messages-per-minute=1000"})
class UserServiceTest {

    static final FakeUserService SERVICE = FakeUserService.start();

    @DynamicPropertySource
    static void userService(DynamicPropertyRegistry registry) {
        registry.add("chat.user-service.url", () -> SERVICE.url().toString());
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @LocalServerPort
    int port;

    @Test
    void the_chat_keeps_working_while_the_user_service_is_slow_failing_and_down() {
        Api api = new Api(port);
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        String carol = "carol-" + UUID.randomUUID();
        SERVICE.answers();
        SERVICE.knows(alice, "Alice (user service)").knows(bob, "Bob (user service)");
        String token = api.devToken(alice, "alice's token name");
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "directory", "participantIds", List.of(bob, carol)))
                .send().expect(201).text("roomId");

        assertThat(displayNames(api, token, room)).containsEntry(alice, "Alice (user service)")
                .containsEntry(bob, "Bob (user service)").containsEntry(carol, carol);
        assertThat(send(api, token, room)).isEqualTo("Alice (user service)");

        SERVICE.fails();
        assertThat(send(api, token, room)).as("500s").isEqualTo("Alice (user service)");
        assertThat(displayNames(api, token, room)).containsEntry(bob, "Bob (user service)").containsEntry(carol, carol);

        SERVICE.hangs();
        assertThat(send(api, token, room)).as("too slow").isEqualTo("Alice (user service)");

        SERVICE.stop();
        assertThat(send(api, token, room)).as("connection refused").isEqualTo("Alice (user service)");
        assertThat(send(api, token, room)).isEqualTo("Alice (user service)");
        JsonNode health = api.get("/actuator/health").send().body();
        assertThat(health.path("components").path("userService").path("status").asString()).isEqualTo("DOWN");
        assertThat(health.path("components").path("userService").path("details").path("circuit").asString()).isEqualTo("OPEN");
        assertThat(api.get("/actuator/health/readiness").send().expect(200).text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").send().expect(200).raw().body())
                .contains("resilience4j_circuitbreaker_state{name=\"userService\",state=\"open\"} 1.0")
                .contains("resilience4j_retry_calls_total{kind=\"failed_with_retry\",name=\"userService\"}")
                .contains("resilience4j_timelimiter_calls_total{kind=\"timeout\",name=\"userService\"}");
        assertThat(send(api, token, room)).as("circuit open").isEqualTo("Alice (user service)");

        SERVICE.knows(alice, "Alice (renamed)");
        SERVICE.restart();
        eventually(() -> "Alice (renamed)".equals(send(api, token, room)));
        eventually(() -> "UP".equals(api.get("/actuator/health").send().body().path("components").path("userService")
                .path("status").asString()));
    }

    @Test
    void a_user_nobody_knows_shows_as_their_user_id_and_a_token_name_is_used_when_the_service_does_not_know_them() {
        Api api = new Api(port);
        String dave = "dave-" + UUID.randomUUID();
        String erin = "erin-" + UUID.randomUUID();
        SERVICE.answers();
        String token = api.devToken(dave, "Dave from his token");
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "strangers", "participantIds", List.of(erin)))
                .send().expect(201).text("roomId");

        assertThat(displayNames(api, token, room)).containsEntry(dave, "Dave from his token").containsEntry(erin, erin);
    }

    static String send(Api api, String token, String room) {
        return api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "hi")).send().expect(201)
                .text("displayName");
    }

    static Map<String, String> displayNames(Api api, String token, String room) {
        Map<String, String> names = new HashMap<>();
        api.get("/api/chatrooms/" + room).token(token).send().expect(200).body().path("participants")
                .forEach(p -> names.put(p.path("userId").asString(), p.path("displayName").asString()));
        return names;
    }

    /** Polls (every 50 ms, at most 20 s) until the condition holds. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
