package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The live-room lifecycle of SPEC §3 end to end, with a clock the test moves: active while joined,
 * idle when the last connection leaves, closed after the idle timeout, and a later join opens it again.
 * Observed through the {@code chat_live_rooms} gauge of {@code /actuator/prometheus}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.rooms.idle-timeout=30m",
        "chat.ws.idle-sweep-every=1h"})
class LiveRoomLifecycleTest {

    @TestConfiguration
    static class ClockOverride {
        @Bean
        @Primary
        ManualClock movableClock() {
            return new ManualClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ManualClock clock;

    @Autowired
    ExpireIdleLiveRoomsUseCase idleTimer;

    double liveRooms(Api api, String state) {
        String metrics = api.get("/actuator/prometheus").send().expect(200).raw().body();
        return metrics.lines().filter(line -> line.startsWith("chat_live_rooms{") && line.contains("state=\"" + state + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void a_live_room_goes_idle_when_left_and_closes_after_its_timeout() {
        Api api = new Api(port);
        String token = api.devToken("life-" + System.nanoTime(), "Life");
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "r", "participantIds", List.of("x")))
                .send().expect(201).text("roomId");

        try (WsClient client = WsClient.withToken(port, token)) {
            client.send(Map.of("type", "join-room", "roomId", room));
            client.await("room-joined");
            assertThat(liveRooms(api, "active")).isEqualTo(1);

            client.send(Map.of("type", "leave-room", "roomId", room));
            client.await("room-left");
            assertThat(liveRooms(api, "idle")).isEqualTo(1);

            clock.advance(Duration.ofMinutes(29));
            assertThat(idleTimer.expireIdleRooms()).isZero();
            client.send(Map.of("type", "join-room", "roomId", room));
            assertThat(client.await("room-joined").path("memberCount").asInt()).isEqualTo(1);
            assertThat(liveRooms(api, "active")).isEqualTo(1);

            client.send(Map.of("type", "leave-room", "roomId", room));
            client.await("room-left");
            clock.advance(Duration.ofMinutes(30));
            assertThat(idleTimer.expireIdleRooms()).isEqualTo(1);
            assertThat(liveRooms(api, "idle") + liveRooms(api, "active")).isZero();

            client.send(Map.of("type", "join-room", "roomId", room));
            assertThat(client.await("room-joined").path("memberCount").asInt()).isEqualTo(1);
            assertThat(liveRooms(api, "active")).isEqualTo(1);
        }
    }
}
