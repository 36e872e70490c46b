package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Protection (SPEC §8): the message rate limit and the cap on connections per user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=3", "chat.ws.max-connections-per-user=2"})
class WebSocketLimitsTest {

    @LocalServerPort
    int port;

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    @Test
    void sends_over_the_rate_get_rate_limited_with_when_to_retry_and_the_connection_stays() {
        Api api = new Api(port);
        String token = api.devToken("fast-" + System.nanoTime(), "Fast");
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "r", "participantIds", List.of("x")))
                .send().expect(201).text("roomId");
        WsClient client = WsClient.withToken(port, token);
        clients.add(client);
        client.send(Map.of("type", "join-room", "roomId", room));
        client.await("room-joined");

        for (int i = 0; i < 3; i++) {
            client.send(Map.of("type", "send-message", "roomId", room, "content", "m" + i));
            client.await("new-message");
        }
        client.send(Map.of("type", "send-message", "roomId", room, "content", "one too many", "ref", "r4"));
        JsonNode limited = client.awaitError("RATE_LIMITED");

        assertThat(limited.path("retryAfterMs").asLong()).isPositive();
        assertThat(limited.path("ref").asString()).isEqualTo("r4");
        client.sync();
    }

    @Test
    void a_user_may_hold_only_so_many_connections() {
        Api api = new Api(port);
        String token = api.devToken("many-" + System.nanoTime(), "Many");
        clients.add(WsClient.withToken(port, token));
        clients.add(WsClient.withToken(port, token));

        WsClient third = WsClient.connect(port, "token=" + token, Map.of());
        clients.add(third);

        third.awaitError("TOO_MANY_CONNECTIONS");
        assertThat(third.awaitClose()).isEqualTo(4029);
        clients.getFirst().sync();
    }
}
