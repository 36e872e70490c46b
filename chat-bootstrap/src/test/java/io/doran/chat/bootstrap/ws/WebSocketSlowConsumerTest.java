package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that stops reading is disconnected (4008) once its bounded outbound queue is full, while
 * the rest of its room goes on receiving (SPEC §8); {@code chat.slow.consumers.dropped} counts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.ws.outbound-queue=64", "chat.limits.messages-per-minute=100000", "chat.limits.request-burst=100000",
        "chat.limits.requests-per-second=100000"})
class WebSocketSlowConsumerTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.doran.chat.adapters.ws.WsAdapterConfiguration webSocket;

    @Test
    void a_client_that_stops_reading_is_disconnected_and_the_room_goes_on() throws Exception {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String fastToken = api.devToken("fast-" + run, "Fast");
        String slowToken = api.devToken("slow-" + run, "Slow");
        String room = api.post("/api/chatrooms").token(fastToken)
                .json(Map.of("name", "slow", "participantIds", List.of("slow-" + run))).send().expect(201).text("roomId");
        WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/chat?token=" + slowToken), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        // Never request a frame: this client reads nothing, its socket buffers fill up.
                    }

                }).join();
        slow.sendText("{\"type\":\"join-room\",\"roomId\":\"" + room + "\"}", true).join();
        try (WsClient fast = WsClient.withToken(port, fastToken)) {
            fast.send(Map.of("type", "join-room", "roomId", room));
            fast.await("room-joined");
            String payload = "x".repeat(1000);
            int sent = 0;
            // The slow client's socket buffers fill first, then its queue of 64: bounded by the message count.
            while (webSocket.openConnections() == 2 && sent < 50_000) {
                for (int i = 0; i < 20; i++) {
                    fast.send(Map.of("type", "send-message", "roomId", room, "content", payload));
                }
                sent += 20;
                fast.sync();
                fast.frames.clear();
            }
            assertThat(webSocket.openConnections()).isEqualTo(1);
            assertThat(new OperationsMetricsTest.Scrape(api.get("/actuator/prometheus").send().expect(200).raw().body())
                    .value("chat_slow_consumers_dropped_total", "transport=\"chat\"")).isEqualTo(1);

            fast.sync();
            fast.send(Map.of("type", "send-message", "roomId", room, "content", "after the slow one left"));
            assertThat(fast.await(f -> f.path("content").asString().equals("after the slow one left"), "last message"))
                    .isNotNull();
        }
        slow.abort();
    }
}
