package io.doran.chat.adapters.ws.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.socketio.engine.EngineSettings;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken client gets the protocol's answer: HTTP 400 (or 403, 413) with the Engine.IO error
 * body, or its connection closed; never a 500, a stack trace, or a server that stops serving others.
 */
class HostileInputTest {

    static final int MAX_PAYLOAD = 4096;
    static final EndToEndHandler handler = new EndToEndHandler();
    static TestServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        EngineSettings settings = new EngineSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), MAX_PAYLOAD, 16,
                List.of("https://app.example"));
        server = TestServer.start(settings, Duration.ofSeconds(30), Map.of("/", handler));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String query, HttpRequest.BodyPublisher body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?" + query))
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String sid, String body) throws Exception {
        return post("EIO=4&transport=polling&sid=" + sid, HttpRequest.BodyPublishers.ofString(body), "text/plain;charset=UTF-8");
    }

    String handshake() throws Exception {
        String open = get("EIO=4&transport=polling").body();
        return open.replaceFirst("^0\\{\"sid\":\"([^\"]+)\".*$", "$1");
    }

    static void assertError(HttpResponse<String> response, int status, int code, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"code\":" + code + ",\"message\":\"" + message + "\"}");
    }

    @Test
    void a_protocol_version_other_than_4_is_unsupported() throws Exception {
        assertError(get("EIO=3&transport=polling"), 400, 5, "Unsupported protocol version");
        assertError(get("transport=polling"), 400, 5, "Unsupported protocol version");
        assertError(get("EIO=abc&transport=polling"), 400, 5, "Unsupported protocol version");
    }

    @Test
    void an_unknown_transport_is_refused() throws Exception {
        assertError(get("EIO=4&transport=flash"), 400, 0, "Transport unknown");
        assertError(get("EIO=4"), 400, 0, "Transport unknown");
    }

    @Test
    void an_unknown_session_is_refused() throws Exception {
        assertError(get("EIO=4&transport=polling&sid=forged"), 400, 1, "Session ID unknown");
        assertError(post("forged", "40"), 400, 1, "Session ID unknown");
    }

    @Test
    void a_handshake_is_a_get() throws Exception {
        assertError(post("EIO=4&transport=polling", HttpRequest.BodyPublishers.ofString("40"), "text/plain"), 400, 2,
                "Bad handshake method");
    }

    @Test
    void a_malformed_payload_is_refused_and_closes_the_session() throws Exception {
        String sid = handshake();

        assertError(post(sid, "abc"), 400, 3, "Bad request");
        assertError(get("EIO=4&transport=polling&sid=" + sid), 400, 1, "Session ID unknown");
    }

    @Test
    void a_payload_over_max_payload_is_refused_and_closes_the_session() throws Exception {
        String sid = handshake();

        assertError(post(sid, "4" + "x".repeat(MAX_PAYLOAD)), 413, 3, "Payload too large");
        assertError(get("EIO=4&transport=polling&sid=" + sid), 400, 1, "Session ID unknown");
    }

    @Test
    void a_chunked_payload_over_max_payload_is_refused_as_well() throws Exception {
        String sid = handshake();
        byte[] body = ("4" + "x".repeat(3 * MAX_PAYLOAD)).getBytes();

        HttpResponse<String> response = post("EIO=4&transport=polling&sid=" + sid,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "text/plain");

        assertError(response, 413, 3, "Payload too large");
    }

    @Test
    void a_binary_polling_body_is_not_protocol_4() throws Exception {
        String sid = handshake();

        assertError(post("EIO=4&transport=polling&sid=" + sid, HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2}),
                "application/octet-stream"), 400, 3, "Bad request");
    }

    @Test
    void a_malformed_socket_io_packet_closes_the_connection() throws Exception {
        String sid = handshake();

        assertThat(post(sid, "42{}").statusCode()).isEqualTo(200);
        assertError(get("EIO=4&transport=polling&sid=" + sid), 400, 1, "Session ID unknown");
    }

    @Test
    void a_page_from_an_origin_not_allowed_is_forbidden_and_the_servers_own_or_a_listed_one_gets_cors_headers() throws Exception {
        HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?EIO=4&transport=polling"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?EIO=4&transport=polling"))
                .header("Origin", "https://app.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?EIO=4&transport=polling"))
                .header("Origin", "https://app.example").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/socket.io/?EIO=4&transport=polling"))
                .header("Origin", server.url()).build(), HttpResponse.BodyHandlers.ofString());

        assertError(forbidden, 403, 4, "Forbidden");
        assertThat(own.statusCode()).as("the server's own pages").isEqualTo(200);
        assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).hasValue(server.url());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type");
    }

    @Test
    void a_websocket_with_a_wrong_protocol_version_or_an_unknown_session_is_refused_before_the_upgrade() {
        for (String query : List.of("EIO=3&transport=websocket", "EIO=4&transport=websocket&sid=forged")) {
            CompletableFuture<WebSocket> socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(server.url().replace("http", "ws") + "/socket.io/?" + query), new Frames());
            Throwable failure = socket.handle((opened, error) -> error).join();
            assertThat(failure).isInstanceOf(CompletionException.class).cause().isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode()).isEqualTo(400);
        }
    }

    @Test
    void a_malformed_packet_over_websocket_closes_it_with_protocol_error() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = openWebSocket(frames);

        socket.sendText("42[\"disconnect\"]", true).join();

        assertThat(frames.closed.get(30, TimeUnit.SECONDS)).isEqualTo(1002);
    }

    @Test
    void a_websocket_message_over_max_payload_closes_it_as_too_big() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = openWebSocket(frames);

        socket.sendText("4" + "x".repeat(MAX_PAYLOAD + 1), true).join();

        assertThat(frames.closed.get(30, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void a_namespace_that_fails_refuses_the_socket_and_one_that_fails_on_an_event_keeps_the_connection() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = openWebSocket(frames);

        socket.sendText("40{\"token\":\"explode\"}", true).join();
        assertThat(frames.next()).isEqualTo("44{\"message\":\"Internal server error\"}");
        socket.sendText("40", true).join();
        assertThat(frames.next()).startsWith("40{\"sid\":");
        socket.sendText("42[\"boom\"]", true).join();
        socket.sendText("421[\"echo\",\"still here\"]", true).join();

        assertThat(frames.next()).isEqualTo("431[\"still here\"]");
    }

    @Test
    void a_polling_client_that_stops_polling_is_disconnected_when_its_buffer_fills() throws Exception {
        String sid = handshake();
        post(sid, "40");
        String connected = get("EIO=4&transport=polling&sid=" + sid).body();
        String socketId = connected.replaceFirst("^40\\{\"sid\":\"([^\"]+)\"}$", "$1");

        assertThat(post(sid, "42[\"flood\",{\"count\":100,\"size\":10}]").statusCode()).isEqualTo(200);

        Poll.until(() -> handler.disconnected.containsKey(socketId), "the server gives up on the client");
        assertThat(handler.disconnected.get(socketId)).isEqualTo(DisconnectReason.SLOW_CONSUMER);
        assertError(get("EIO=4&transport=polling&sid=" + sid), 400, 1, "Session ID unknown");
    }

    WebSocket openWebSocket(Frames frames) {
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(server.url().replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"), frames)
                .join();
        assertThat(frames.next()).startsWith("0{\"sid\":");
        return socket;
    }

    /** Records the text frames and the close code a WebSocket receives. */
    static final class Frames implements WebSocket.Listener {

        final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }

        String next() {
            try {
                String text = texts.poll(30, TimeUnit.SECONDS);
                assertThat(text).as("a frame within 30 s").isNotNull();
                return text;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
