package io.doran.chat.bootstrap.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import io.doran.chat.contract.Await;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 001's WebSocket has {@code /chat}'s protections (SPEC §8): a client that stops reading is closed once its
 * bounded queue is full while the room goes on, a user's connections over every transport are capped, and a page of
 * another site may not connect through the gateway even with {@code *} in the allowed origins (only a listed one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.ws.outbound-queue=64", "chat.ws.max-connections-per-user=2",
        "chat.ws.allowed-origins=*,https://app.example.com",
        "chat.limits.messages-per-minute=100000", "chat.limits.request-burst=100000",
        "chat.limits.requests-per-second=100000",
        "chat.auth.gateway.enabled=true", "chat.auth.gateway.secret=" + Seed001WebSocketProtectionsTest.SECRET})
class Seed001WebSocketProtectionsTest {

    static final String SECRET = "gw-secret-for-protection-tests";

    @LocalServerPort
    int port;

    @Autowired
    WsAdapterConfiguration webSocket;

    @Autowired
    MeterRegistry meters;

    /** Slow seed 001 clients the server has disconnected so far. */
    double slowDropped() {
        return meters.counter("chat.slow.consumers.dropped", "transport", "channels").count();
    }

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    String room(String creator) {
        return new Api(port).post("/chat/v1/create-room/").header("X-User-Id", creator)
                .header("X-Gateway-Secret", SECRET).json(Map.of("name", "보호", "post_id", 1)).send().expect(201).text("id");
    }

    URI url(String room, String user) {
        return URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/?user_id=" + user + "&nickname=" + user
                + "&email=" + user + "%40example.com");
    }

    int handshake(URI url, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        try {
            builder.buildAsync(url, new WebSocket.Listener() {
            }).join().abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_and_the_room_goes_on() {
        Await.until(() -> webSocket.sessionsByTransport().getOrDefault("channels", 0) == 0);
        String fast = "fast-" + run;
        String room = room(fast);
        WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Gateway-Secret", SECRET)
                .buildAsync(url(room, "slow-" + run), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        // Never request a frame: this client reads nothing, its socket buffers fill up.
                    }
                }).join();
        WsClient sender = WsClientAccess.open(url(room, fast), Map.of("X-Gateway-Secret", SECRET));
        clients.add(sender);
        String payload = "x".repeat(1000);
        int sent = 0;
        // The slow client's socket buffers fill first, then its queue of 64: bounded by the message count.
        Await.until(() -> webSocket.sessionsByTransport().getOrDefault("channels", 0) == 2);
        double droppedBefore = slowDropped();
        while (slowDropped() == droppedBefore && sent < 50_000) {
            for (int i = 0; i < 20; i++) {
                WsClientAccess.sendText(sender, "{\"type\":\"chat.message\",\"message\":\"" + payload + "\"}");
            }
            sent += 20;
            String mark = "mark-" + sent;
            WsClientAccess.sendText(sender, "{\"type\":\"chat.message\",\"message\":\"" + mark + "\"}");
            WsClientAccess.await(sender, frame -> frame.path("message").asString().equals(mark), mark);
            WsClientAccess.clear(sender);
        }

        // Disconnected, it is given the close grace to take its close frame, then cut off.
        Await.until(Duration.ofSeconds(20), () -> webSocket.sessionsByTransport().getOrDefault("channels", 0) == 1);
        assertThat(slowDropped()).isEqualTo(droppedBefore + 1);
        WsClientAccess.sendText(sender, "{\"type\":\"chat.message\",\"message\":\"after the slow one left\"}");
        assertThat(WsClientAccess.await(sender, frame -> frame.path("message").asString().equals("after the slow one left"),
                "last message").path("sender").asString()).isEqualTo(fast + "@example.com");
        slow.abort();
    }

    @Test
    void a_users_connections_are_capped_over_every_transport() {
        // chat.ws.max-connections-per-user=2: one /chat connection and one of seed 001's, then one too many.
        String user = "capped-" + run;
        String room = room(user);
        clients.add(WsClientAccess.withToken(port, new Api(port).devToken(user, "Capped")));
        clients.add(WsClientAccess.open(url(room, user), Map.of("X-Gateway-Secret", SECRET)));

        WsClient third = WsClientAccess.open(url(room, user), Map.of("X-Gateway-Secret", SECRET));
        clients.add(third);

        assertThat(WsClientAccess.await(third, frame -> frame.path("code").asString().equals("TOO_MANY_CONNECTIONS"),
                "error TOO_MANY_CONNECTIONS").path("type").asString()).isEqualTo("error");
        assertThat(WsClientAccess.awaitClose(third)).isEqualTo(4029);
    }

    @Test
    void the_star_does_not_admit_another_sites_page_through_the_gateway_a_listed_origin_does() {
        String user = "origin-" + run;
        URI url = url(room(user), user);

        assertThat(handshake(url, Map.of("X-Gateway-Secret", SECRET, "Origin", "https://evil.example"))).isEqualTo(403);
        assertThat(handshake(url, Map.of("X-Gateway-Secret", SECRET, "Origin", "https://app.example.com")))
                .isEqualTo(101);
    }
}
