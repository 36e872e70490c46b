package io.doran.chat.bootstrap.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 002's and seed 004's client code, as their documents write it, runs unchanged against the started server
 * (SPEC §10): both dialects over both transports and the upgrade, every refusal, acknowledgements, and a message
 * that crosses from Socket.IO to {@code /chat} and back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.auth.jwt.secret=" + SocketIoSeedClientsTest.SECRET, "chat.ws.auth-timeout=1s",
        "chat.internal.service-token=svc-token", "chat.limits.messages-per-minute=10000",
        "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000"})
public class SocketIoSeedClientsTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3Itc29ja2V0LWlvLXNlZWQtY2xpZW50LXRlc3Rz";

    @LocalServerPort
    int port;

    @Autowired
    TokenStore tokenStore;

    Api api;
    final Map<String, String> environment = new HashMap<>();

    @BeforeAll
    static void install() throws Exception {
        SeedClients.install();
    }

    @BeforeEach
    void prepare() {
        api = new Api(port);
        String suffix = Long.toString(System.nanoTime());
        String alice = "alice-" + suffix;
        String bob = "bob-" + suffix;
        environment.put("BASE_URL", "http://localhost:" + port);
        environment.put("ALICE_ID", alice);
        environment.put("BOB_ID", bob);
        environment.put("ALICE_TOKEN", api.devToken(alice, "김철수"));
        environment.put("BOB_TOKEN", api.devToken(bob, "Bob"));
        environment.put("SERVICE_TOKEN", "svc-token");
        environment.put("ROOM_ID", api.post("/api/chatrooms").token(environment.get("ALICE_TOKEN"))
                .json(Map.of("name", "스터디", "participantIds", List.of(bob, "carol-" + suffix)))
                .send().expect(201).text("roomId"));
        String stranger = api.devToken("stranger-" + suffix, "S");
        environment.put("OTHER_ROOM_ID", api.post("/api/chatrooms").token(stranger)
                .json(Map.of("name", "elsewhere", "participantIds", List.of("dave-" + suffix)))
                .send().expect(201).text("roomId"));
        environment.put("EXPIRED_TOKEN", token(Instant.now().minusSeconds(120), true));
        environment.put("REVOKED_TOKEN", token(Instant.now().plusSeconds(600), false));
    }

    String token(Instant expiresAt, boolean stored) {
        String jti = UUID.randomUUID().toString();
        if (stored) {
            tokenStore.store(jti, Duration.ofSeconds(1));
        }
        return Jwts.builder().subject("someone").id(jti).expiration(Date.from(expiresAt))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"websocket", "polling", "polling,websocket"})
    void seed_002s_client_code_runs_unchanged(String transports) throws Exception {
        environment.put("TRANSPORTS", transports);

        String output = SeedClients.run("seed002", environment);

        assertThat(output).contains("new-message to the whole room", "PASS seed002");
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"websocket", "polling", "polling,websocket"})
    void seed_004s_client_code_runs_unchanged(String transports) throws Exception {
        environment.put("TRANSPORTS", transports);

        assertThat(SeedClients.run("seed004", environment)).contains("PASS seed004");
    }

    @Test
    void every_refusal_is_an_error_event_with_seed_002s_words_and_the_connection_stays() throws Exception {
        assertThat(SeedClients.run("seed002Errors", environment)).contains("PASS seed002Errors");
    }

    @Test
    void a_connect_without_a_usable_token_is_refused_in_the_clients_language_with_its_code() throws Exception {
        assertThat(SeedClients.run("refusals", environment)).contains("PASS refusals");
    }

    @Test
    void moderation_reaches_socket_io_clients_and_a_muted_send_is_refused_with_muted() throws Exception {
        assertThat(SeedClients.run("moderation", environment)).contains("a muted send is refused with MUTED",
                "PASS moderation");
    }

    @Test
    void events_emitted_with_a_callback_are_acknowledged_with_their_result() throws Exception {
        assertThat(SeedClients.run("acks", environment)).contains("PASS acks");
    }

    @Test
    void a_message_crosses_from_socket_io_to_chat_and_back() throws Exception {
        try (WsClient chat = WsClientAccess.withToken(port, environment.get("BOB_TOKEN"))) {
            WsClientAccess.join(chat, environment.get("ROOM_ID"));
            SeedClients.Run socketIo = SeedClients.start("crossSurface", environment);

            assertThat(WsClientAccess.awaitMessage(chat, "from socket.io").path("userId").asString())
                    .isEqualTo(environment.get("ALICE_ID"));
            WsClientAccess.send(chat, Map.of("type", "send-message", "roomId", environment.get("ROOM_ID"),
                    "content", "from /chat"));

            assertThat(socketIo.passes()).contains("received from /chat");
        }
    }
}
