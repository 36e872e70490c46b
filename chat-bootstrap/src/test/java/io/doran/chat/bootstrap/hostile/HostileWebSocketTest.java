package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input over the live WebSockets (issue 15): {@code /chat} frames and handshakes, and seed 001's
 * WebSocket ({@code /ws/chat/{room}/chat/}, through the gateway) where the same attack applies to it. On the
 * embedded default; {@code ProductionHostileWebSocketTest} runs it on {@code scylla,redis}. Keepalive and the
 * per-address cap need other settings: {@code HostileConnectionsTest}.
 */
class HostileWebSocketTest extends HostileServer {

    static final String EVIL = "Origin: https://evil.example";
    static final String LONE = "x\\ud800y";
    static final String INVISIBLE = "\\u200b\\ufeff \\u200e";

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    /** A {@code /chat} connection of {@code token}'s user, joined to {@code room}. */
    WsClient joined(String token, String room) {
        WsClient client = WsClientAccess.withToken(port, token);
        clients.add(client);
        WsClientAccess.join(client, room);
        return client;
    }

    /** Seed 001's connection of {@code userId} to {@code room}, through the gateway. */
    WsClient seed001(String room, String userId) {
        WsClient client = WsClientAccess.open(seed001Url(room, userId), Map.of("X-Gateway-Secret", GATEWAY_SECRET));
        clients.add(client);
        return client;
    }

    URI seed001Url(String room, String userQuery) {
        return URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/?user_id=" + userQuery);
    }

    /** The status of a handshake of {@code target} with these header lines. */
    int handshake(String target, String... headers) throws IOException {
        try (RawWebSocket socket = new RawWebSocket(port, target, headers)) {
            return socket.status();
        }
    }

    static JsonNode error(WsClient client, String code) {
        return WsClientAccess.awaitError(client, code);
    }

    static String frame(String json) {
        return json.replace('\'', '"');
    }

    // --- 2. a page of another site never signs in with the user's cookie ---------------------------

    @Test
    void a_cookie_handshake_from_another_sites_page_is_refused_on_every_websocket_path() throws IOException {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        String own = "Origin: http://localhost:" + port;

        assertThat(handshake("/chat", "Cookie: jwt_token=" + token(alice), EVIL)).isEqualTo(403);
        assertThat(handshake("/chat?token=" + token(alice), EVIL)).as("no origin listed").isEqualTo(403);
        assertThat(handshake("/chat", "Cookie: jwt_token=" + token(alice), own)).isEqualTo(101);
        assertThat(handshake("/ws/chat/" + room + "/chat/?user_id=" + alice, "X-Gateway-Secret: " + GATEWAY_SECRET, EVIL))
                .isEqualTo(403);
        assertThat(handshake("/ws/chat/" + room + "/chat/?user_id=" + alice, "X-Gateway-Secret: " + GATEWAY_SECRET, own))
                .isEqualTo(101);
    }

    // --- 3. every action that is broadcast or written is limited --------------------------------

    @Test
    void typing_floods_are_limited_and_coalesced_to_one_indicator_a_second() {
        String flooder = token(user("flooder"));
        String room = room(flooder, user("watcher"));
        WsClient flood = joined(flooder, room);
        WsClient watch = joined(token(user("watcher")), room);

        long started = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            WsClientAccess.send(flood, Map.of("type", "typing", "roomId", room, "isTyping", i % 2 == 0));
        }
        JsonNode limited = error(flood, "RATE_LIMITED");
        WsClientAccess.sync(flood);
        WsClientAccess.sync(watch);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(limited.path("retryAfterMs").asLong()).isPositive();
        assertThat(WsClientAccess.all(flood, f -> f.path("code").asString().equals("RATE_LIMITED")))
                .as("chat.limits.typing-per-minute lets 120 through, and 2 more a second").hasSizeGreaterThanOrEqualTo(200);
        assertThat(WsClientAccess.all(watch, f -> f.path("type").asString().equals("typing-indicator")
                && f.path("isTyping").asBoolean())).as("at most one \"is typing\" a second, however it is toggled")
                .isNotEmpty().hasSizeLessThanOrEqualTo((int) seconds + 2);
        assertThat(WsClientAccess.all(watch, "typing-indicator")).as("and a \"stopped\" only after each")
                .hasSizeLessThanOrEqualTo(2 * ((int) seconds + 2));
    }

    @Test
    void reaction_edit_delete_read_and_join_floods_are_refused_with_when_to_retry() {
        String flooder = token(user("flooder"));
        String watcher = token(user("watcher"));
        String room = room(flooder, user("watcher"));
        String theirs = api.post("/api/chatrooms/" + room + "/messages").token(watcher).json(Map.of("content", "hi"))
                .send().expect(201).text("messageId");
        String mine = api.post("/api/chatrooms/" + room + "/messages").token(flooder).json(Map.of("content", "mine"))
                .send().expect(201).text("messageId");
        WsClient flood = joined(flooder, room);
        WsClient watch = joined(watcher, room);

        // Each limit lets its burst through and refills as the flood goes on: most of a flood twice the burst is refused.
        assertThat(refused(flood, 200, i -> Map.of("type", "react", "roomId", room, "messageId", theirs, "kind", "like",
                "on", i % 2 == 0))).as("chat.limits.reactions-per-minute is 60").isGreaterThanOrEqualTo(100);
        assertThat(refused(flood, 101, i -> i < 100
                ? Map.of("type", "edit-message", "roomId", room, "messageId", mine, "content", "edit " + i)
                : Map.of("type", "delete-message", "roomId", room, "messageId", mine)))
                .as("chat.limits.edits-per-minute is 30, deletions included").isGreaterThanOrEqualTo(51);
        assertThat(refused(flood, 300, i -> Map.of("type", "read", "roomId", room, "messageId", theirs)))
                .as("chat.limits.reads-per-minute is 120").isGreaterThanOrEqualTo(150);
        assertThat(refused(flood, 160, i -> Map.of("type", i % 2 == 0 ? "leave-room" : "join-room", "roomId", room)))
                .as("chat.limits.joins-per-minute is 60; a leave after a refused join is NOT_JOINED").isGreaterThanOrEqualTo(40);
        WsClientAccess.sync(watch);

        assertThat(WsClientAccess.all(watch, "reaction-changed")).hasSizeLessThanOrEqualTo(100);
        assertThat(WsClientAccess.all(watch, "message-edited")).hasSizeLessThanOrEqualTo(50);
        assertThat(WsClientAccess.all(watch, "message-deleted")).as("the deletion came after the edits' flood").isEmpty();
        assertThat(WsClientAccess.all(flood, f -> f.path("code").asString().equals("RATE_LIMITED")))
                .allSatisfy(refusal -> assertThat(refusal.path("retryAfterMs").asLong()).isPositive());
        assertThat(contents(watcher, room)).as("edited up to its limit, not deleted").hasSize(2).contains("hi")
                .doesNotContain("mine", "edit 99");
    }

    /** Sends {@code count} frames, each with a ref, and answers how many were refused as rate-limited. */
    static int refused(WsClient client, int count, IntFunction<Map<String, Object>> frame) {
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            Map<String, Object> withRef = new java.util.HashMap<>(frame.apply(i));
            withRef.put("ref", run + "-" + i);
            WsClientAccess.send(client, withRef);
        }
        WsClientAccess.sync(client);
        return WsClientAccess.all(client, f -> f.path("code").asString().equals("RATE_LIMITED")
                && f.path("ref").asString().startsWith(run + "-")).size();
    }

    // --- 4. text the stores cannot keep, and text that is not there -----------------------------

    @Test
    void lone_surrogates_and_invisible_only_text_in_frames_are_refused_before_anything_is_stored() {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        WsClient chat = joined(token(alice), room);
        WsClientAccess.send(chat, Map.of("type", "send-message", "roomId", room, "content", "kept", "ref", "kept"));
        String kept = WsClientAccess.await(chat, "ack").path("messageId").asString();

        WsClientAccess.sendText(chat, frame("{'type':'send-message','roomId':'" + room + "','content':'" + LONE + "','ref':1}"));
        assertThat(error(chat, "VALIDATION_FAILED").path("ref").asInt()).isEqualTo(1);
        WsClientAccess.sendText(chat, frame("{'type':'send-message','roomId':'" + room + "','content':'ok','clientMessageId':'"
                + LONE + "','ref':2}"));
        assertThat(error(chat, "VALIDATION_FAILED").path("ref").asInt()).isEqualTo(2);
        WsClientAccess.sendText(chat, frame("{'type':'edit-message','roomId':'" + room + "','messageId':'" + kept
                + "','content':'" + LONE + "','ref':3}"));
        assertThat(error(chat, "VALIDATION_FAILED").path("ref").asInt()).isEqualTo(3);
        WsClientAccess.sendText(chat, frame("{'type':'send-message','roomId':'" + room + "','content':'" + INVISIBLE + "','ref':4}"));
        assertThat(error(chat, "EMPTY_CONTENT").path("ref").asInt()).isEqualTo(4);
        WsClientAccess.sendText(chat, frame("{'type':'edit-message','roomId':'" + room + "','messageId':'" + kept
                + "','content':'" + INVISIBLE + "','ref':5}"));
        assertThat(error(chat, "EMPTY_CONTENT").path("ref").asInt()).isEqualTo(5);
        WsClient channels = seed001(room, alice);
        WsClientAccess.sendText(channels, frame("{'type':'chat.message','message':'" + LONE + "'}"));
        error(channels, "VALIDATION_FAILED");
        WsClientAccess.sendText(channels, frame("{'type':'chat.message','message':'" + INVISIBLE + "'}"));
        error(channels, "EMPTY_CONTENT");

        assertThat(contents(token(alice), room)).containsExactly("kept");
    }

    @Test
    void a_text_frame_that_is_not_utf8_closes_the_connection_and_stores_nothing() throws IOException {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        byte[] overlong = concat("{\"type\":\"send-message\",\"roomId\":\"" + room + "\",\"content\":\"a",
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "b\"}");
        byte[] overlongSeed001 = concat("{\"type\":\"chat.message\",\"message\":\"a", new byte[] {(byte) 0xC0, (byte) 0xAF}, "b\"}");

        try (RawWebSocket chat = new RawWebSocket(port, "/chat?token=" + token(alice))) {
            assertThat(chat.status()).isEqualTo(101);
            chat.send(RawWebSocket.TEXT, overlong);
            assertThat(chat.awaitClose()).as("1007: invalid frame payload data").isEqualTo(1007);
        }
        try (RawWebSocket channels = new RawWebSocket(port, "/ws/chat/" + room + "/chat/?user_id=" + alice,
                "X-Gateway-Secret: " + GATEWAY_SECRET)) {
            assertThat(channels.status()).isEqualTo(101);
            channels.send(RawWebSocket.TEXT, overlongSeed001);
            assertThat(channels.awaitClose()).isEqualTo(1007);
        }

        assertThat(contents(token(alice), room)).isEmpty();
    }

    static byte[] concat(String before, byte[] bytes, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return all;
    }

    // --- 5. one credential order, two users refused --------------------------------------------

    @Test
    void the_chat_handshake_reads_credentials_as_rest_does() throws IOException {
        String alice = token(user("alice"));
        String bob = token(user("bob"));

        assertThat(handshake("/chat", "Authorization: Bearer " + alice, "Cookie: jwt_token=" + bob)).isEqualTo(401);
        assertThat(handshake("/chat?token=" + bob, "Authorization: Bearer " + alice)).isEqualTo(401);
        assertThat(handshake("/chat?token=" + alice, "Cookie: jwt_token=" + bob)).isEqualTo(401);
        assertThat(handshake("/chat", "Authorization: Bearer forged.token.here", "Cookie: jwt_token=" + alice))
                .isEqualTo(401);
        assertThat(handshake("/chat?token=forged", "Authorization: Bearer " + alice)).isEqualTo(401);
        assertThat(handshake("/chat", "Cookie: jwt_token=" + alice + "; jwt_token=" + bob)).isEqualTo(401);
        assertThat(handshake("/chat", "Authorization: Bearer " + alice, "Cookie: jwt_token=" + token(user("alice"))))
                .isEqualTo(101);
        assertThat(handshake("/chat")).as("no credential: authenticate later").isEqualTo(101);
    }

    @Test
    void a_connection_signed_in_as_one_user_cannot_authenticate_as_another() {
        WsClient alice = WsClientAccess.withToken(port, token(user("alice")));
        clients.add(alice);

        WsClientAccess.send(alice, Map.of("type", "authenticate", "token", token(user("bob")), "ref", "switch"));
        JsonNode refused = WsClientAccess.await(alice, "auth-error");
        WsClientAccess.send(alice, Map.of("type", "authenticate", "token", "forged.token.here", "ref", "forged"));
        JsonNode forged = WsClientAccess.await(alice, "auth-error");

        assertThat(refused.path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(refused.path("ref").asString()).isEqualTo("switch");
        assertThat(forged.path("code").asString()).isEqualTo("INVALID_TOKEN");
        WsClientAccess.send(alice, Map.of("type", "authenticate", "token", token(user("alice")), "ref", "again"));
        assertThat(WsClientAccess.await(alice, "auth-success").path("userId").asString()).isEqualTo(user("alice"));
    }

    // --- 6. user ids are taken as they come ------------------------------------------------------

    @Test
    void a_padded_user_id_never_becomes_another_user_over_websockets() throws IOException {
        String ann = user("ann");
        String room = room(token(ann), user("bob"));

        for (String padded : List.of(" " + ann, ann + " ", "\t" + ann, ann + "\u200B")) {
            assertThat(handshake("/chat?token=" + token(padded))).as("sub %s", padded).isEqualTo(401);
            WsClient anonymous = WsClientAccess.connect(port, null, Map.of());
            clients.add(anonymous);
            WsClientAccess.send(anonymous, Map.of("type", "authenticate", "token", token(padded)));
            assertThat(WsClientAccess.await(anonymous, "auth-error").path("code").asString()).isEqualTo("INVALID_TOKEN");
            assertThat(WsClientAccess.awaitClose(anonymous)).isEqualTo(4001);
        }
        for (String padded : List.of("%20" + ann, ann + "%20", "%09" + ann, ann + "%0A")) {
            assertThat(handshake("/ws/chat/" + room + "/chat/?user_id=" + padded, "X-Gateway-Secret: " + GATEWAY_SECRET))
                    .as("seed 001's user_id %s", padded).isEqualTo(401);
        }
        WsClient chat = WsClientAccess.withToken(port, token(ann));
        clients.add(chat);
        WsClientAccess.send(chat, Map.of("type", "join-room", "roomId", " " + room, "ref", "padded"));
        assertThat(error(chat, "VALIDATION_FAILED").path("ref").asString()).isEqualTo("padded");
        WsClientAccess.send(chat, Map.of("type", "join-room", "roomId", room));
        assertThat(WsClientAccess.await(chat, "room-joined").path("roomId").asString()).isEqualTo(room);
    }

    // --- 11. types are not coerced, binary frames are not the protocol ---------------------------

    @Test
    void values_of_the_wrong_json_type_in_frames_are_refused_not_coerced() {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        WsClient chat = joined(token(alice), room);
        WsClient bob = joined(token(user("bob")), room);

        for (String wrong : List.of(
                "{'type':'send-message','roomId':'" + room + "','content':123,'ref':'t1'}",
                "{'type':'send-message','roomId':'" + room + "','content':true,'ref':'t2'}",
                "{'type':'send-message','roomId':'" + room + "','content':['a'],'ref':'t3'}",
                "{'type':'send-message','roomId':'" + room + "','content':'ok','messageType':1,'ref':'t4'}",
                "{'type':'typing','roomId':'" + room + "','isTyping':'true','ref':'t5'}",
                "{'type':'typing','roomId':'" + room + "','isTyping':1,'ref':'t6'}",
                "{'type':'join-room','roomId':7,'ref':'t7'}",
                "{'type':'react','roomId':'" + room + "','messageId':'1','kind':'like','on':'true','ref':'t8'}")) {
            WsClientAccess.sendText(chat, frame(wrong));
            assertThat(error(chat, "MALFORMED_FRAME").path("ref").asString()).as(wrong).startsWith("t");
        }
        WsClient channels = seed001(room, alice);
        WsClientAccess.sendText(channels, frame("{'type':'chat.message','message':123}"));
        error(channels, "MALFORMED_FRAME");
        WsClientAccess.sync(bob);

        assertThat(WsClientAccess.all(bob, "typing-indicator")).isEmpty();
        assertThat(contents(token(alice), room)).isEmpty();
    }

    @Test
    void binary_frames_close_the_connection_with_1003_on_every_websocket_path() {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        WsClient chat = WsClientAccess.withToken(port, token(alice));
        clients.add(chat);
        WsClient channels = seed001(room, alice);

        WsClientAccess.sendBinary(chat, new byte[] {1, 2, 3});
        WsClientAccess.sendBinary(channels, new byte[] {1, 2, 3});

        assertThat(WsClientAccess.awaitClose(chat)).isEqualTo(1003);
        assertThat(WsClientAccess.awaitClose(channels)).isEqualTo(1003);
    }
}
