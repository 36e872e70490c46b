package io.doran.chat.bootstrap.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.ws.SocketIoClient;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001's Channels-style WebSocket, {@code ws://host/ws/chat/{room_id}/chat/?user_id=…&nickname=…&email=…
 * &profile_url=…}, replayed from its document against the started server in gateway-trusted mode: the connection
 * is in its room at once, {@code chat.message} goes both ways (also with {@code /chat} and Socket.IO clients of the
 * room), {@code chat.user.join} and {@code chat.user.leave} announce who came and went, and a room that does not
 * exist (4404) or may not be entered (4403) closes the connection.
 */
public class Seed001WebSocketTest extends SeedApiSuite {

    String mina;
    String joon;
    final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void users() {
        mina = user("1");
        joon = user("2");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    /** The room the document's create-room example makes, by mina through the gateway. */
    String createRoom() {
        return api.post("/chat/v1/create-room/").header("X-User-Id", mina).header("X-User-Nickname", "Mina")
                .header("X-User-Email", "user@example.com").header("X-User-Profile-Url", "/media/profile.jpg")
                .header("X-Gateway-Secret", GATEWAY_SECRET).json(Map.of("name", "채팅방 이름", "post_id", 1)).send()
                .expect(201).text("id");
    }

    /** The document's URL, as its gateway builds it: the user in query parameters. */
    URI url(String room, String user, String nickname, String email, String profileUrl) {
        return URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/?user_id=" + user + "&nickname="
                + URLEncoder.encode(nickname, StandardCharsets.UTF_8) + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&profile_url="
                + URLEncoder.encode(profileUrl, StandardCharsets.UTF_8));
    }

    WsClient connect(URI url, Map<String, String> headers) {
        WsClient client = WsClientAccess.open(url, headers);
        clients.add(client);
        return client;
    }

    /** Joon through the gateway: the user in the query, the secret in its header. */
    WsClient joonIn(String room) {
        return connect(url(room, joon, "준", "joon@example.com", "/media/joon.jpg"),
                Map.of("X-Gateway-Secret", GATEWAY_SECRET));
    }

    /** Mina through a gateway that sends the user in headers instead. */
    WsClient minaIn(String room) {
        return connect(URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/"), Map.of(
                "X-User-Id", mina, "X-User-Nickname", "Mina", "X-User-Email", "user@example.com",
                "X-User-Profile-Url", "/media/profile.jpg", "X-Gateway-Secret", GATEWAY_SECRET));
    }

    static void say(WsClient client, String message) {
        WsClientAccess.sendText(client, "{\"type\": \"chat.message\", \"message\": \"" + message + "\"}");
    }

    static JsonNode heard(WsClient client, String message) {
        return WsClientAccess.await(client, frame -> frame.path("type").asString().equals("chat.message")
                && frame.path("message").asString().equals(message), "chat.message " + message);
    }

    static JsonNode error(WsClient client, String code) {
        return WsClientAccess.await(client, frame -> frame.path("type").asString().equals("error")
                && frame.path("code").asString().equals(code), "error " + code);
    }

    /** The status a handshake gets: 101 when it opens. */
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
    void a_connection_is_in_its_room_at_once_and_the_others_hear_who_came_and_went() {
        String room = createRoom();
        WsClient minas = minaIn(room);
        say(minas, "먼저 왔어요");
        heard(minas, "먼저 왔어요");

        WsClient joons = joonIn(room);
        JsonNode joined = WsClientAccess.await(minas, "chat.user.join");
        say(joons, "안녕하세요!");
        JsonNode atMina = heard(minas, "안녕하세요!");
        JsonNode atJoon = heard(joons, "안녕하세요!");
        joons.close();
        JsonNode left = WsClientAccess.await(minas, "chat.user.leave");

        assertThat(joined.propertyNames()).containsExactly("type", "username");
        assertThat(joined.path("username").asString()).isEqualTo("준");
        assertThat(atMina).isEqualTo(atJoon);
        assertThat(atMina.propertyNames()).containsExactly("type", "message", "sender", "nickname", "profile_picture_url");
        assertThat(atMina.path("sender").asString()).isEqualTo("joon@example.com");
        assertThat(atMina.path("nickname").asString()).isEqualTo("준");
        assertThat(atMina.path("profile_picture_url").asString()).isEqualTo("/media/joon.jpg");
        assertThat(left.path("username").asString()).isEqualTo("준");
        assertThat(api.get("/chat/v1/room/" + room + "/").header("X-User-Id", mina)
                .header("X-Gateway-Secret", GATEWAY_SECRET).send().expect(200).body().path("user_count").asInt())
                .as("connecting made joon a participant of the open room").isEqualTo(2);
    }

    @Test
    void messages_go_both_ways_between_this_surface_and_chat_clients_of_the_room() {
        String room = createRoom();
        WsClient joons = joonIn(room);
        WsClient minasChat = WsClientAccess.withToken(port, api.devToken(mina, "Mina"));
        clients.add(minasChat);
        WsClientAccess.join(minasChat, room);

        WsClientAccess.send(minasChat, Map.of("type", "send-message", "roomId", room, "content", "안녕하세요!"));
        JsonNode atJoon = heard(joons, "안녕하세요!");
        say(joons, "반갑습니다!");
        JsonNode atMina = WsClientAccess.await(minasChat, frame -> frame.path("type").asString().equals("new-message")
                && frame.path("content").asString().equals("반갑습니다!"), "new-message 반갑습니다!");

        assertThat(atJoon.path("sender").asString()).as("the author's email, as in the document")
                .isEqualTo("user@example.com");
        assertThat(atJoon.path("nickname").asString()).isEqualTo("Mina");
        assertThat(atJoon.path("profile_picture_url").asString()).isEqualTo("/media/profile.jpg");
        assertThat(atMina.path("userId").asString()).isEqualTo(joon);
        assertThat(atMina.path("displayName").asString()).isEqualTo("준");
        assertThat(atMina.path("messageType").asString()).isEqualTo("text");
        assertThat(atMina.has("authorEmail")).as("/chat does not show emails").isFalse();
    }

    @Test
    void messages_go_both_ways_between_this_surface_and_socket_io_clients_of_the_room() {
        String room = createRoom();
        WsClient joons = joonIn(room);
        try (SocketIoClient minas = SocketIoClient.connected(port, api.devToken(mina, "Mina"))) {
            minas.emitWithAck("join-room", Map.of("roomId", room));

            say(joons, "소켓에게");
            JsonNode atMina = minas.awaitEvent("new-message", data -> data.path("content").asString().equals("소켓에게"));
            minas.emit("send-message", Map.of("roomId", room, "type", "text", "content", "채널에게"));
            JsonNode atJoon = heard(joons, "채널에게");

            assertThat(atMina.path("userId").asString()).isEqualTo(joon);
            assertThat(atJoon.path("nickname").asString()).isEqualTo("Mina");
        }
    }

    @Test
    void a_room_that_does_not_exist_closes_the_connection_with_4404() {
        WsClient unknown = joonIn("00000000-0000-0000-0000-000000000000");
        WsClient seedStyle = joonIn("1");

        assertThat(error(unknown, "ROOM_NOT_FOUND").path("message").asString()).isNotBlank();
        assertThat(WsClientAccess.awaitClose(unknown)).isEqualTo(4404);
        assertThat(WsClientAccess.awaitClose(seedStyle)).as("001's numeric ids are not Doran's").isEqualTo(4404);
    }

    @Test
    void a_private_room_made_elsewhere_refuses_a_non_participant_with_4403_and_admits_its_participant() {
        String minaToken = api.devToken(mina, "Mina");
        String invitation = api.post("/api/chatrooms").token(minaToken).json(Map.of("name", "private",
                "participantIds", List.of())).send().expect(201).text("roomId");

        WsClient joons = joonIn(invitation);
        WsClient minas = minaIn(invitation);
        say(minas, "mine");

        error(joons, "NOT_A_PARTICIPANT");
        assertThat(WsClientAccess.awaitClose(joons)).isEqualTo(4403);
        assertThat(heard(minas, "mine").path("sender").asString()).isEqualTo("user@example.com");
        assertThat(api.get("/api/chatrooms/" + invitation).token(minaToken).send().expect(200).body()
                .path("userCount").asInt()).as("joon was not let in").isEqualTo(1);
    }

    @Test
    void a_participant_taken_out_of_the_room_is_closed_with_4403() {
        String room = createRoom();
        WsClient joons = joonIn(room);
        say(joons, "들어왔어요");
        heard(joons, "들어왔어요");

        api.delete("/api/chatrooms/" + room + "/participants/" + joon).token(api.devToken(joon, "준")).send().expect(204);

        assertThat(WsClientAccess.awaitClose(joons)).isEqualTo(4403);
    }

    @Test
    void without_the_gateway_secret_or_a_user_the_handshake_is_refused() {
        String room = createRoom();
        URI asJoon = url(room, joon, "준", "joon@example.com", "/media/joon.jpg");

        assertThat(handshake(asJoon, Map.of())).as("no secret").isEqualTo(401);
        assertThat(handshake(asJoon, Map.of("X-Gateway-Secret", "wrong"))).as("a wrong secret").isEqualTo(401);
        assertThat(handshake(URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/"),
                Map.of("X-Gateway-Secret", GATEWAY_SECRET))).as("no user").isEqualTo(401);
        assertThat(handshake(asJoon, Map.of("X-Gateway-Secret", GATEWAY_SECRET, "Origin", "https://evil.example")))
                .as("a page of another site, though the gateway vouches: it is like the cookie").isEqualTo(403);
        assertThat(handshake(asJoon, Map.of("X-Gateway-Secret", GATEWAY_SECRET))).isEqualTo(101);
        assertThat(handshake(URI.create(asJoon.toString().replace("/chat/?", "/chat?")),
                Map.of("X-Gateway-Secret", GATEWAY_SECRET))).as("the path without its trailing slash").isEqualTo(101);
    }

    @Test
    void a_bad_frame_gets_an_error_and_the_connection_stays() {
        String room = createRoom();
        WsClient joons = joonIn(room);

        WsClientAccess.sendText(joons, "안녕하세요!");
        error(joons, "MALFORMED_FRAME");
        WsClientAccess.sendText(joons, "{\"type\": \"chat.message\"}");
        error(joons, "MALFORMED_FRAME");
        WsClientAccess.sendText(joons, "{\"type\": \"chat.message\", \"message\": 5}");
        error(joons, "MALFORMED_FRAME");
        WsClientAccess.sendText(joons, "{\"type\": \"chat.typing\"}");
        error(joons, "UNKNOWN_FRAME_TYPE");
        say(joons, "   ");
        error(joons, "EMPTY_CONTENT");
        say(joons, "가".repeat(1001));
        error(joons, "MESSAGE_TOO_LONG");
        say(joons, "x".repeat(70 * 1024));
        JsonNode tooLarge = error(joons, "FRAME_TOO_LARGE");
        say(joons, "이제 제대로");

        assertThat(heard(joons, "이제 제대로").path("sender").asString()).isEqualTo("joon@example.com");
        assertThat(tooLarge.propertyNames()).containsExactly("type", "code", "message");
    }
}
