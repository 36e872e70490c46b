package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's view of a chat (SPEC §9, seed 003): while two clients chat, one over {@code /chat} and one over
 * REST and Socket.IO, {@code /actuator/prometheus} shows every chat metric, and each one moves with what happened; every chat metric
 * the Grafana dashboard in docs/ queries is among them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chat.limits.typing-per-minute=1", "chat.limits.messages-per-minute=2"})
class OperationsMetricsTest {

    @LocalServerPort
    int port;

    @Test
    void prometheus_shows_every_chat_metric_moving_while_two_clients_chat() throws IOException, InterruptedException {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String alice = api.devToken("alice-" + run, "Alice");
        String bob = api.devToken("bob-" + run, "Bob");
        String room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "metrics", "participantIds", List.of("bob-" + run))).send().expect(201).text("roomId");
        Scrape before = scrape(api);
        assertThat(before.text()).contains("chat_slow_consumers_dropped_total{transport=\"chat\"}",
                "chat_slow_consumers_dropped_total{transport=\"socket.io\"}",
                "chat_connections{transport=\"socket.io\"}", "chat_connections{transport=\"channels\"}");

        try (WsClient aliceLive = WsClient.withToken(port, alice); WsClient bobLive = WsClient.withToken(port, bob)) {
            aliceLive.send(Map.of("type", "join-room", "roomId", room));
            aliceLive.await("room-joined");
            bobLive.send(Map.of("type", "join-room", "roomId", room));
            bobLive.await("room-joined");
            assertThat(scrape(api).value("chat_connections", "transport=\"chat\"")).isEqualTo(2);

            aliceLive.send(Map.of("type", "send-message", "roomId", room, "content", "hello over /chat"));
            bobLive.await(frame -> frame.path("content").asString().equals("hello over /chat"), "alice's message");
            api.post("/api/chatrooms/" + room + "/messages").token(bob).json(Map.of("content", "hello over REST"))
                    .send().expect(201);
            aliceLive.await(frame -> frame.path("content").asString().equals("hello over REST"), "bob's message");
            try (SocketIoClient carol = SocketIoClient.connect(port, bob)) {
                assertThat(scrape(api).value("chat_connections", "transport=\"socket.io\"")).isEqualTo(1);
                carol.emit("send-message", "{\"roomId\":\"" + room + "\",\"content\":\"hello over Socket.IO\"}");
                aliceLive.await(frame -> frame.path("content").asString().equals("hello over Socket.IO"), "the Socket.IO message");
            }

            bobLive.send(Map.of("type", "typing", "roomId", room, "isTyping", true));
            bobLive.send(Map.of("type", "typing", "roomId", room, "isTyping", false));
            bobLive.await(frame -> frame.path("code").asString().equals("RATE_LIMITED"), "the typing limit");
            aliceLive.send(Map.of("type", "send-message", "roomId", room, "content", "second"));
            aliceLive.send(Map.of("type", "send-message", "roomId", room, "content", "third, over the limit"));
            aliceLive.await(frame -> frame.path("code").asString().equals("RATE_LIMITED"), "the message limit");
            api.get("/api/chatrooms").token("not-a-token").send().expect(401);

            Scrape after = scrape(api);
            assertThat(after.value("chat_messages_sent_total", "transport=\"chat\"", "type=\"text\""))
                    .isEqualTo(before.value("chat_messages_sent_total", "transport=\"chat\"", "type=\"text\"") + 2);
            assertThat(after.value("chat_messages_sent_total", "transport=\"socket.io\"", "type=\"text\""))
                    .isEqualTo(before.value("chat_messages_sent_total", "transport=\"socket.io\"", "type=\"text\"") + 1);
            assertThat(after.value("chat_messages_sent_total", "transport=\"rest\"", "type=\"text\""))
                    .isEqualTo(before.value("chat_messages_sent_total", "transport=\"rest\"", "type=\"text\"") + 1);
            assertThat(after.value("chat_message_processing_time_seconds_count", "type=\"text\""))
                    .isGreaterThanOrEqualTo(before.value("chat_message_processing_time_seconds_count", "type=\"text\"") + 3);
            assertThat(after.value("chat_fanout_latency_seconds_count"))
                    .isGreaterThanOrEqualTo(before.value("chat_fanout_latency_seconds_count") + 3);
            assertThat(after.value("chat_rate_limited_total", "action=\"typing\""))
                    .isGreaterThan(before.value("chat_rate_limited_total", "action=\"typing\""));
            assertThat(after.value("chat_rate_limited_total", "action=\"messages\""))
                    .isEqualTo(before.value("chat_rate_limited_total", "action=\"messages\"") + 1);
            assertThat(after.value("chat_auth_failures_total"))
                    .isGreaterThan(before.value("chat_auth_failures_total"));
            assertThat(after.text()).contains("chat_fanout_latency_seconds_bucket", "chat_connections_open");
            assertThat(dashboardMetrics()).isNotEmpty().allSatisfy(metric -> assertThat(after.text()).containsPattern("(?m)^" + metric + "[{ ]"));
        }
    }

    /** The chat metrics docs/grafana-dashboard.json queries. */
    static Set<String> dashboardMetrics() throws IOException {
        Matcher names = Pattern.compile("chat_[a-z_]+").matcher(Files.readString(Path.of("..", "docs", "grafana-dashboard.json")));
        return names.results().map(MatchResult::group).collect(Collectors.toSet());
    }

    /** A raw Socket.IO client over WebSocket: the default namespace, signed in by the CONNECT packet's token. */
    record SocketIoClient(WebSocket socket, BlockingQueue<String> packets) implements AutoCloseable {

        static SocketIoClient connect(int port, String token) throws InterruptedException {
            BlockingQueue<String> packets = new LinkedBlockingQueue<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                    URI.create("ws://localhost:" + port + "/socket.io/?EIO=4&transport=websocket"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            packets.add(data.toString());
                            webSocket.request(1);
                            return null;
                        }
                    }).join();
            assertThat(packets.poll(20, TimeUnit.SECONDS)).startsWith("0{");
            socket.sendText("40{\"token\":\"" + token + "\"}", true).join();
            assertThat(packets.poll(20, TimeUnit.SECONDS)).startsWith("40{");
            return new SocketIoClient(socket, packets);
        }

        void emit(String event, String json) {
            socket.sendText("42[\"" + event + "\"," + json + "]", true).join();
        }

        @Override
        public void close() {
            socket.abort();
        }
    }

    Scrape scrape(Api api) {
        return new Scrape(api.get("/actuator/prometheus").send().expect(200).raw().body());
    }

    /** One answer of {@code /actuator/prometheus}. */
    record Scrape(String text) {

        /** The sum of the samples of {@code name} whose labels include every one of {@code labels}; 0 when none. */
        double value(String name, String... labels) {
            return text.lines()
                    .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .filter(line -> List.of(labels).stream().allMatch(line::contains))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
    }
}
