package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.ws.SocketIoClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input over Socket.IO (issue 15), on the embedded default; {@code ProductionHostileSocketIoTest} runs it
 * on {@code scylla,redis}. Spoken by hand: over Engine.IO long-polling for handshakes (the request that opens
 * the session carries the credentials, a CONNECT packet ({@code 40}) asks for the namespace, and the next poll has
 * the answer), and over the WebSocket transport ({@link SocketIoClient}) for events. Keepalive and the per-address
 * cap: {@code HostileConnectionsTest}.
 */
class HostileSocketIoTest extends HostileServer {

    static final String EVIL = "https://evil.example";

    final HttpClient http = HttpClient.newHttpClient();
    final List<SocketIoClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(SocketIoClient::close);
    }

    /** A socket of {@code token}'s user on {@code /socket}, joined to {@code room}. */
    SocketIoClient joined(String token, String room) {
        SocketIoClient client = SocketIoClient.connected(port, token);
        clients.add(client);
        client.emit("join-room", Map.of("roomId", room));
        assertThat(client.awaitEvent("room-joined").path("roomId").asString()).isEqualTo(room);
        return client;
    }

    /** The HTTP status of opening a long-polling session with these headers. */
    int pollingStatus(String... headers) throws Exception {
        HttpRequest.Builder open = HttpRequest.newBuilder(uri("EIO=4&transport=polling"));
        for (int i = 0; i < headers.length; i += 2) {
            open.header(headers[i], headers[i + 1]);
        }
        return http.send(open.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int websocketStatus(String... headers) throws IOException {
        try (RawWebSocket socket = new RawWebSocket(port, "/socket.io/?EIO=4&transport=websocket", headers)) {
            return socket.status();
        }
    }

    /** Opens a session with {@code headers} on the request, sends {@code connect}, and returns the answer packet. */
    String connect(String query, String connect, String... headers) throws Exception {
        HttpRequest.Builder open = HttpRequest.newBuilder(uri("EIO=4&transport=polling" + query));
        for (int i = 0; i < headers.length; i += 2) {
            open.header(headers[i], headers[i + 1]);
        }
        String opened = http.send(open.build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(opened).startsWith("0{\"sid\":");
        String sid = opened.replaceFirst("^0\\{\"sid\":\"([^\"]+)\".*$", "$1");
        http.send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid))
                .POST(HttpRequest.BodyPublishers.ofString(connect)).build(), HttpResponse.BodyHandlers.ofString());
        return http.send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    URI uri(String query) {
        return URI.create("http://localhost:" + port + "/socket.io/?" + query);
    }

    @Test
    void credentials_of_two_users_are_refused_as_over_rest_and_chat() throws Exception {
        String alice = token(user("alice"));
        String bob = token(user("bob"));

        assertThat(connect("", "40", "Authorization", "Bearer " + alice, "Cookie", "jwt_token=" + bob))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("", "40{\"token\":\"" + alice + "\"}", "Cookie", "jwt_token=" + bob))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("&token=" + bob, "40", "Authorization", "Bearer " + alice))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("", "40{\"token\":\"" + alice + "\"}", "Authorization", "Bearer forged.token.here"))
                .startsWith("44").contains("INVALID_TOKEN");
    }

    @Test
    void tokens_of_one_user_wherever_they_are_connect_as_that_user() throws Exception {
        String alice = user("alice");

        assertThat(connect("", "40{\"token\":\"" + token(alice) + "\"}", "Cookie", "jwt_token=" + token(alice)))
                .startsWith("40{\"sid\":");
        assertThat(connect("", "40", "Authorization", "Bearer " + token(alice), "Cookie", "jwt_token="))
                .startsWith("40{\"sid\":");
    }

    // --- 2. a page of another site never signs in with the user's cookie ---------------------------

    @Test
    void a_cookie_from_another_sites_page_is_refused_over_both_transports() throws Exception {
        String cookie = "jwt_token=" + token(user("alice"));
        String own = "http://localhost:" + port;

        assertThat(pollingStatus("Cookie", cookie, "Origin", EVIL)).isEqualTo(403);
        assertThat(websocketStatus("Cookie: " + cookie, "Origin: " + EVIL)).isEqualTo(403);
        assertThat(pollingStatus("Cookie", cookie, "Origin", own)).isEqualTo(200);
        assertThat(websocketStatus("Cookie: " + cookie, "Origin: " + own)).isEqualTo(101);
    }

    // --- 3. every event that is broadcast or written is limited ----------------------------------

    @Test
    void floods_of_typing_and_reactions_are_refused_with_when_to_retry_and_typing_is_coalesced() {
        String flooder = token(user("flooder"));
        String watcher = token(user("watcher"));
        String room = room(flooder, user("watcher"));
        String message = api.post("/api/chatrooms/" + room + "/messages").token(watcher).json(Map.of("content", "hi"))
                .send().expect(201).text("messageId");
        SocketIoClient flood = joined(flooder, room);
        SocketIoClient watch = joined(watcher, room);

        long started = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            flood.emit("typing", Map.of("roomId", room, "isTyping", i % 2 == 0));
        }
        for (int i = 0; i < 200; i++) {
            flood.emit("react", Map.of("roomId", room, "messageId", message, "kind", "like", "on", i % 2 == 0));
        }
        flood.sync();
        watch.sync();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        List<JsonNode> limited = flood.all("error").stream()
                .filter(error -> error.path("code").asString().equals("RATE_LIMITED")).toList();
        assertThat(limited).as("typing 120 and reactions 60 a minute, refilling as the flood goes on")
                .hasSizeGreaterThanOrEqualTo(300)
                .allSatisfy(error -> assertThat(error.path("retryAfterMs").asLong()).isPositive());
        assertThat(watch.all("typing-indicator").stream().filter(typing -> typing.path("isTyping").asBoolean()))
                .as("at most one \"is typing\" a second, however it is toggled")
                .isNotEmpty().hasSizeLessThanOrEqualTo((int) seconds + 2);
        assertThat(watch.all("typing-indicator")).hasSizeLessThanOrEqualTo(2 * ((int) seconds + 2));
        assertThat(watch.all("reaction-changed")).hasSizeLessThanOrEqualTo(100);
    }

    // --- 4. text the stores cannot keep, and text that is not there -----------------------------

    @Test
    void lone_surrogates_and_invisible_only_text_in_events_are_refused_before_anything_is_stored() throws IOException {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        SocketIoClient socket = joined(alice, room);

        socket.emitRaw("[\"send-message\",{\"roomId\":\"" + room + "\",\"content\":\"x\\ud800y\"}]");
        socket.awaitError("VALIDATION_FAILED");
        socket.emitRaw("[\"send-message\",{\"roomId\":\"" + room + "\",\"content\":\"ok\",\"clientMessageId\":\"x\\udc00\"}]");
        socket.awaitError("VALIDATION_FAILED");
        socket.emitRaw("[\"send-message\",{\"roomId\":\"" + room + "\",\"content\":\"\\u200b\\ufeff \\u200e\"}]");
        socket.awaitError("EMPTY_CONTENT");
        assertThat(socket.emitWithAck("send-message", Map.of("roomId", room, "content", "x\u200By")).path("error")
                .isMissingNode()).as("a zero-width space inside text is text").isTrue();

        assertThat(contents(alice, room)).containsExactly("x\u200By");
    }

    @Test
    void a_websocket_message_that_is_not_utf8_closes_the_connection_and_stores_nothing() throws IOException {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));

        try (RawWebSocket socket = new RawWebSocket(port, "/socket.io/?EIO=4&transport=websocket")) {
            assertThat(socket.status()).isEqualTo(101);
            socket.send(RawWebSocket.TEXT, ("40/socket,{\"token\":\"" + alice + "\"}").getBytes(StandardCharsets.UTF_8));
            socket.send(RawWebSocket.TEXT, HostileWebSocketTest.concat("42/socket,[\"send-message\",{\"roomId\":\"" + room
                    + "\",\"content\":\"a", new byte[] {(byte) 0xC0, (byte) 0xAF}, "b\"}]"));
            assertThat(socket.awaitClose()).isEqualTo(1007);
        }

        assertThat(contents(alice, room)).isEmpty();
    }

    // --- 6. user ids are taken as they come ------------------------------------------------------

    @Test
    void a_padded_subject_or_room_id_is_refused_not_trimmed() {
        String ann = user("ann");
        String room = room(token(ann), user("bob"));

        for (String padded : List.of(" " + ann, ann + " ", "\t" + ann, ann + "\u200B")) {
            SocketIoClient client = SocketIoClient.open(port, "/socket", "", Map.of());
            clients.add(client);
            assertThat(client.connect(Map.of("token", token(padded)))).as("sub %s", padded)
                    .startsWith("44/socket,").contains("INVALID_TOKEN");
        }
        SocketIoClient socket = SocketIoClient.connected(port, token(ann));
        clients.add(socket);
        socket.emit("join-room", Map.of("roomId", " " + room));
        socket.awaitError("VALIDATION_FAILED");
        socket.emit("join-room", Map.of("roomId", room));
        assertThat(socket.awaitEvent("room-joined").path("roomId").asString()).isEqualTo(room);
    }

    // --- 11. types are not coerced, and binary is not what a client sends ------------------------

    @Test
    void values_of_the_wrong_json_type_in_events_are_refused_not_coerced() {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        SocketIoClient socket = joined(alice, room);
        SocketIoClient bob = joined(token(user("bob")), room);

        for (String wrong : List.of(
                "[\"send-message\",{\"roomId\":\"" + room + "\",\"content\":123}]",
                "[\"send-message\",{\"roomId\":\"" + room + "\",\"content\":true}]",
                "[\"typing\",{\"roomId\":\"" + room + "\",\"isTyping\":\"true\"}]",
                "[\"join-room\",{\"roomId\":7}]")) {
            socket.emitRaw(wrong);
            assertThat(socket.awaitError("MALFORMED_FRAME").path("message").asString()).as(wrong).isNotBlank();
        }
        bob.sync();

        assertThat(bob.all("typing-indicator")).isEmpty();
        assertThat(contents(alice, room)).isEmpty();
    }

    @Test
    void a_binary_message_that_no_event_announced_disconnects_the_client() {
        SocketIoClient socket = SocketIoClient.connected(port, token(user("alice")));
        clients.add(socket);

        socket.sendBinary(new byte[] {1, 2, 3});

        assertThat(socket.awaitClose()).isNotZero();
    }
}
