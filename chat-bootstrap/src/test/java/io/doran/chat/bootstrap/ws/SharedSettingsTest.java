package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The settings every surface shares are read once and obeyed by each: the language of a client that names none
 * ({@code chat.locale.default}), the token cookie's name ({@code chat.auth.cookie-name}) and the gateway secret's
 * header ({@code chat.auth.gateway.secret-header}) — on REST, {@code /chat} and seed 001's WebSocket alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.locale.default=ko", "chat.auth.cookie-name=doran_session",
        "chat.auth.gateway.enabled=true", "chat.auth.gateway.secret=" + SharedSettingsTest.SECRET,
        "chat.auth.gateway.secret-header=X-Edge-Secret"})
class SharedSettingsTest {

    static final String SECRET = "edge-secret-for-shared-settings";

    @LocalServerPort
    int port;

    final String user = "shared-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_client_that_names_no_language_is_answered_in_the_configured_one_on_rest_and_over_websocket() {
        Api api = new Api(port);

        assertThat(api.get("/api/chatrooms").send().problem(401, "UNAUTHORIZED").text("detail")).isEqualTo("인증이 필요합니다");
        assertThat(api.get("/api/chatrooms").header("Accept-Language", "en").send().problem(401, "UNAUTHORIZED")
                .text("detail")).isEqualTo("Authentication is required.");
        assertThat(api.post("/api/chatrooms").raw("{".repeat(70_000)).send().problem(413, "PAYLOAD_TOO_LARGE").text("detail"))
                .startsWith("요청 본문이 너무 큽니다");

        try (WsClient korean = WsClient.connect(port, null, Map.of());
             WsClient english = WsClient.connect(port, null, Map.of("Accept-Language", "en-GB,ko;q=0.5"))) {
            korean.send(Map.of("type", "authenticate", "token", "garbage"));
            english.send(Map.of("type", "authenticate", "token", "garbage"));

            assertThat(korean.await("auth-error").path("message").asString()).isEqualTo("유효하지 않은 토큰입니다");
            assertThat(english.await("auth-error").path("message").asString()).isEqualTo("The token is invalid.");
        }
    }

    @Test
    void the_token_cookie_is_the_configured_one_on_rest_and_on_the_chat_handshake() {
        Api api = new Api(port);
        String token = api.devToken(user, "쿠키");

        api.get("/api/chatrooms").header("Cookie", "doran_session=" + token).send().expect(200);
        api.get("/api/chatrooms").header("Cookie", "jwt_token=" + token).send().problem(401, "UNAUTHORIZED");
        try (WsClient client = WsClient.connect(port, null, Map.of("Cookie", "doran_session=" + token))) {
            assertThat(client.await("auth-success").path("userId").asString()).isEqualTo(user);
        }
    }

    @Test
    void the_gateway_presents_its_secret_in_the_configured_header_on_rest_and_on_seed_001s_websocket() {
        Api api = new Api(port);
        Map<String, Object> room = Map.of("name", "게이트웨이", "post_id", 1);

        String id = api.post("/chat/v1/create-room/").header("X-User-Id", user).header("X-Edge-Secret", SECRET).json(room)
                .send().expect(201).text("id");
        api.post("/chat/v1/create-room/").header("X-User-Id", user).header("X-Gateway-Secret", SECRET).json(room)
                .send().expect(401);
        URI seed001 = URI.create("ws://localhost:" + port + "/ws/chat/" + id + "/chat/?user_id=" + user);
        try (WsClient client = WsClient.open(seed001, Map.of("X-Edge-Secret", SECRET))) {
            client.send(Map.of("type", "chat.message", "message", "안녕"));
            assertThat(client.await(frame -> frame.path("message").asString().equals("안녕"), "the echo").path("sender")
                    .asString()).isEqualTo(user);
        }
    }
}
