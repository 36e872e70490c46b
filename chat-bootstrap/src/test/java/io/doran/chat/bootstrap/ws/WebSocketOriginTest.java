package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site WebSocket login is refused (SPEC §8): a browser sends the user's cookie with a handshake from any page,
 * so a cookie-authenticated handshake must come from the server's own origin or a listed one; {@code *} lets any
 * page in only with a token the page presents itself.
 */
class WebSocketOriginTest {

    static final String EVIL = "https://evil.example";

    /** The status a handshake with these headers and query gets: 101 when it opens. */
    static int handshake(int port, String query, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/chat" + (query == null ? "" : "?" + query)),
                    new WebSocket.Listener() {
                    }).join();
            socket.abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithTheDefaults {

        @LocalServerPort
        int port;

        @Test
        void only_the_servers_own_pages_and_clients_that_are_not_browsers_may_connect() {
            String token = new Api(port).devToken("origin-" + System.nanoTime(), "O");
            String own = "http://localhost:" + port;

            assertThat(handshake(port, null, Map.of("Cookie", "jwt_token=" + token, "Origin", EVIL)))
                    .as("a cookie from another site's page").isEqualTo(403);
            assertThat(handshake(port, "token=" + token, Map.of("Origin", EVIL)))
                    .as("a token from another site's page, no origin listed").isEqualTo(403);
            assertThat(handshake(port, null, Map.of("Cookie", "jwt_token=" + token, "Origin", own))).isEqualTo(101);
            assertThat(handshake(port, "token=" + token, Map.of())).as("no Origin: not a browser").isEqualTo(101);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "chat.ws.allowed-origins=*,https://app.example.com")
    class WithAStarAndAListedFrontEnd {

        @LocalServerPort
        int port;

        final List<WsClient> clients = new ArrayList<>();

        @AfterEach
        void close() {
            clients.forEach(WsClient::close);
        }

        @Test
        void the_star_admits_explicit_tokens_only_and_a_listed_origin_may_use_the_cookie() {
            String token = new Api(port).devToken("star-" + System.nanoTime(), "S");

            assertThat(handshake(port, null, Map.of("Cookie", "jwt_token=" + token, "Origin", EVIL)))
                    .as("the star never admits the cookie").isEqualTo(403);
            assertThat(handshake(port, "token=" + token, Map.of("Origin", EVIL))).isEqualTo(101);
            assertThat(handshake(port, null, Map.of("Authorization", "Bearer " + token, "Origin", EVIL))).isEqualTo(101);
            assertThat(handshake(port, null, Map.of("Cookie", "jwt_token=" + token, "Origin", "https://app.example.com")))
                    .isEqualTo(101);
            WsClient anonymous = WsClient.connect(port, null, Map.of("Origin", EVIL));
            clients.add(anonymous);
            anonymous.send(Map.of("type", "authenticate", "token", token, "ref", "a"));
            assertThat(anonymous.await("auth-success").path("ref").asString()).isEqualTo("a");
        }
    }
}
