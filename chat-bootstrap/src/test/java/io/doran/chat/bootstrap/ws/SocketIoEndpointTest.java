package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The jar serves Socket.IO at {@code /socket.io/} on its own HTTP port (both transports), with the {@code /chat}
 * limits as defaults; a CONNECT with a bad token is refused in the protocol's own way. (What connected sockets
 * do is shown with the real socket.io-client in {@code SocketIoSeedClientsTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocketIoEndpointTest {

    static final String REFUSAL = "{\"message\":\"The token is invalid.\",\"data\":{\"code\":\"INVALID_TOKEN\"}}";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String query) {
        return URI.create("http://localhost:" + port + "/socket.io/?" + query);
    }

    @Test
    void a_polling_client_gets_the_handshake_with_the_chat_frame_limit_and_a_bad_token_a_connect_error() throws Exception {
        String open = send(HttpRequest.newBuilder(uri("EIO=4&transport=polling"))).body();
        assertThat(open).startsWith("0{\"sid\":").endsWith(
                "\"upgrades\":[\"websocket\"],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":65536}");
        String sid = open.replaceFirst("^0\\{\"sid\":\"([^\"]+)\".*$", "$1");

        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid))
                .POST(HttpRequest.BodyPublishers.ofString("40{\"token\":\"abc\"}")));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid)));

        assertThat(posted.body()).isEqualTo("ok");
        assertThat(answer.body()).isEqualTo("44" + REFUSAL);
    }

    @Test
    void a_websocket_client_of_the_seed_namespace_with_a_bad_token_is_refused_the_same_way() throws Exception {
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(
                URI.create("ws://localhost:" + port + "/socket.io/?EIO=4&transport=websocket"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        webSocket.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).join();

        assertThat(frames.poll(20, TimeUnit.SECONDS)).startsWith("0{\"sid\":").contains("\"upgrades\":[]");
        socket.sendText("40/socket,{\"token\":\"abc\"}", true).join();

        assertThat(frames.poll(20, TimeUnit.SECONDS)).isEqualTo("44/socket," + REFUSAL);
        socket.abort();
    }

    @Test
    void a_wrong_request_gets_the_engine_io_error_not_a_spring_error_page() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("EIO=3&transport=polling")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"code\":5,\"message\":\"Unsupported protocol version\"}");
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "chat.socketio.enabled=false")
    class WhenDisabled {

        @LocalServerPort
        int disabledPort;

        @Test
        void the_path_is_not_served() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + disabledPort + "/socket.io/?EIO=4&transport=polling")));

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }
}
