package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.bootstrap.rest.Api;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The WebSocket protocol of SPEC §5 with real clients against the started server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.auth.jwt.secret=" + WebSocketProtocolTest.SECRET, "chat.ws.auth-timeout=1s",
        "chat.internal.service-token=svc-token",
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000"})
public class WebSocketProtocolTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3Itd2Vic29ja2V0LXRlc3RzLTAxMjM0NTY3";

    @LocalServerPort
    int port;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    WsAdapterConfiguration webSocket;

    Api api;
    final List<WsClient> clients = new java.util.concurrent.CopyOnWriteArrayList<>();
    String alice;
    String bob;
    String carol;
    String bobId;
    String room;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = Long.toString(System.nanoTime());
        alice = api.devToken("alice-" + suffix, "김철수");
        bob = api.devToken("bob-" + suffix, "Bob");
        carol = api.devToken("carol-" + suffix, "Carol");
        bobId = "bob-" + suffix;
        room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "live", "participantIds", List.of("bob-" + suffix, "carol-" + suffix)))
                .send().expect(201).text("roomId");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    WsClient client(String token) {
        WsClient client = WsClient.withToken(port, token);
        clients.add(client);
        return client;
    }

    WsClient anonymous() {
        WsClient client = WsClient.connect(port, null, Map.of());
        clients.add(client);
        return client;
    }

    static Map<String, Object> frame(Object... fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            frame.put((String) fields[i], fields[i + 1]);
        }
        return frame;
    }

    JsonNode join(WsClient client) {
        client.send(frame("type", "join-room", "roomId", room, "ref", "j1"));
        return client.await("room-joined");
    }

    // --- authentication ----------------------------------------------------------------------------

    @Test
    void the_handshake_accepts_a_token_from_query_cookie_or_header() {
        WsClient byQuery = client(alice);
        WsClient byCookie = WsClient.connect(port, null, Map.of("Cookie", "jwt_token=" + bob));
        WsClient byHeader = WsClient.connect(port, null, Map.of("Authorization", "Bearer " + carol));
        clients.add(byCookie);
        clients.add(byHeader);

        assertThat(byCookie.await("auth-success").path("userId").asString()).startsWith("bob-");
        assertThat(byHeader.await("auth-success").path("userId").asString()).startsWith("carol-");
        byQuery.sync();
    }

    @Test
    void a_handshake_with_a_bad_token_is_refused_with_401_and_a_json_reason() {
        String expired = Jwts.builder().subject("x").id(UUID.randomUUID().toString())
                .expiration(Date.from(Instant.now().minusSeconds(300)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();

        assertThat(refusedHandshake("garbage")).contains("\"error\":\"invalid_token\"").contains("JWT token is invalid");
        assertThat(refusedHandshake(expired)).contains("\"error\":\"expired_token\"");
        String jti = UUID.randomUUID().toString();
        String neverStored = Jwts.builder().subject("x").id(jti).expiration(Date.from(Instant.now().plusSeconds(300)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
        assertThat(refusedHandshake(neverStored)).contains("\"error\":\"revoked_token\"");
    }

    String refusedHandshake(String token) {
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/chat?token=" + token), new java.net.http.WebSocket.Listener() {
                }).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        try {
            HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/chat?token=" + token),
                            new java.net.http.WebSocket.Listener() {
                            }).join();
            throw new AssertionError("handshake accepted");
        } catch (CompletionException e) {
            return String.valueOf(((WebSocketHandshakeException) e.getCause()).getResponse().body());
        }
    }

    @Test
    void a_connection_without_a_token_authenticates_with_a_frame_and_nothing_else_works_before() {
        WsClient client = anonymous();

        client.send(frame("type", "ping", "ref", "p"));
        assertThat(client.await("pong").path("ref").asString()).isEqualTo("p");
        client.send(frame("type", "join-room", "roomId", room, "ref", "early"));
        assertThat(client.await("auth-error").path("ref").asString()).isEqualTo("early");
        client.send(frame("type", "authenticate", "token", alice, "ref", "a"));
        JsonNode success = client.await("auth-success");

        assertThat(success.path("ref").asString()).isEqualTo("a");
        assertThat(join(client).path("memberCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_connection_that_never_authenticates_is_closed() {
        WsClient client = anonymous();

        assertThat(client.awaitClose()).isEqualTo(4001);
        assertThat(client.all("auth-error")).hasSize(1);
    }

    @Test
    void a_bad_authenticate_frame_closes_an_unauthenticated_connection() {
        WsClient client = anonymous();

        client.send(frame("type", "authenticate", "token", "garbage"));

        assertThat(client.await("auth-error").path("code").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(client.awaitClose()).isEqualTo(4001);
    }

    @Test
    void a_revoked_token_ends_the_session_at_the_next_check_and_a_fresh_token_extends_it() {
        String jti = UUID.randomUUID().toString();
        tokenStore.store(jti, Duration.ofHours(1));
        String token = Jwts.builder().subject("revokee").id(jti).expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
        WsClient client = client(token);
        String freshJti = UUID.randomUUID().toString();
        tokenStore.store(freshJti, Duration.ofHours(1));
        String fresh = Jwts.builder().subject("revokee").id(freshJti).expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();

        client.send(frame("type", "authenticate", "token", fresh, "ref", "refresh"));
        assertThat(client.await("auth-success").path("ref").asString()).isEqualTo("refresh");
        tokenStore.revoke(jti);
        webSocket.revalidateNow();
        client.sync();
        tokenStore.revoke(freshJti);
        webSocket.revalidateNow();

        assertThat(client.await("session-expired").path("code").asString()).isEqualTo("REVOKED_TOKEN");
        assertThat(client.awaitClose()).isEqualTo(4001);
    }

    /** A token of this suite's auth server for {@code user}, expiring at {@code expiresAt}, kept by the token store for {@code stored}. */
    String token(String user, Instant expiresAt, Duration stored) {
        String jti = UUID.randomUUID().toString();
        if (!stored.isZero()) {
            tokenStore.store(jti, stored);
        }
        return Jwts.builder().subject(user).id(jti).expiration(Date.from(expiresAt))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
    }

    @Test
    void an_expired_token_is_expired_and_a_revoked_one_revoked_on_every_surface() {
        // Expired moments ago: inside the verifier's clock-skew allowance, and gone from the store as tokens are at expiry.
        String expired = token("expiree", Instant.now().minusSeconds(5), Duration.ZERO);
        String revoked = token("revokee", Instant.now().plusSeconds(600), Duration.ZERO);

        assertThat(refusedHandshake(expired)).contains("\"error\":\"expired_token\"");
        assertThat(refusedHandshake(revoked)).contains("\"error\":\"revoked_token\"");
        api.get("/api/chatrooms").token(expired).send().problem(401, "EXPIRED_TOKEN");
        api.get("/api/chatrooms").token(revoked).send().problem(401, "REVOKED_TOKEN");
        WsClient late = anonymous();
        late.send(frame("type", "authenticate", "token", expired, "ref", "a"));
        JsonNode lateError = late.await("auth-error");
        assertThat(lateError.path("code").asString()).isEqualTo("EXPIRED_TOKEN");
        assertThat(lateError.path("ref").asString()).isEqualTo("a");
        assertThat(late.awaitClose()).isEqualTo(4001);
        WsClient loggedOut = anonymous();
        loggedOut.send(frame("type", "authenticate", "token", revoked));
        assertThat(loggedOut.await("auth-error").path("code").asString()).isEqualTo("REVOKED_TOKEN");
    }

    @Test
    void a_session_whose_token_expires_ends_with_session_expired_saying_expired() {
        // Long enough for the handshake to pass before it on a loaded machine.
        Instant expiry = Instant.now().plusSeconds(6);
        WsClient client = client(token("short-lived", expiry, Duration.ofSeconds(6)));

        io.doran.chat.contract.Await.until(() -> Instant.now().isAfter(expiry.plusMillis(100)));
        webSocket.revalidateNow();

        JsonNode expired = client.await("session-expired");
        assertThat(expired.path("code").asString()).isEqualTo("EXPIRED_TOKEN");
        assertThat(expired.path("message").asString()).isEqualTo("The token has expired.");
        assertThat(client.awaitClose()).isEqualTo(4001);
    }

    @Test
    void every_auth_error_carries_a_code() {
        WsClient early = anonymous();
        early.send(frame("type", "send-message", "roomId", room, "content", "hi"));
        assertThat(early.await("auth-error").path("code").asString()).isEqualTo("UNAUTHORIZED");

        WsClient silent = anonymous();
        assertThat(silent.awaitClose()).isEqualTo(4001);
        assertThat(silent.all("auth-error")).singleElement()
                .satisfies(timedOut -> assertThat(timedOut.path("code").asString()).isEqualTo("UNAUTHORIZED"));
    }

    // --- acknowledgements --------------------------------------------------------------------------

    @Test
    void every_frame_with_a_ref_gets_exactly_one_reply_carrying_it() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(b);

        a.send(frame("type", "join-room", "roomId", room, "ref", 1));
        a.send(frame("type", "send-message", "roomId", room, "content", "hello", "clientMessageId", "c-acks", "ref", "send"));
        JsonNode sent = a.await(ack("send"));
        String messageId = sent.path("messageId").asString();
        a.send(frame("type", "edit-message", "roomId", room, "messageId", messageId, "content", "hello!", "ref", "edit"));
        a.send(frame("type", "react", "roomId", room, "messageId", messageId, "kind", "like", "on", true, "ref", "react"));
        b.send(frame("type", "read", "roomId", room, "messageId", messageId, "ref", "read"));
        JsonNode read = b.await(ack("read"));
        a.send(frame("type", "typing", "roomId", room, "isTyping", true, "ref", "typing"));
        a.send(frame("type", "delete-message", "roomId", room, "messageId", messageId, "ref", "delete"));
        a.send(frame("type", "leave-room", "roomId", room, "ref", "leave"));
        a.send(frame("type", "ping", "ref", "ping"));

        JsonNode joined = a.await("room-joined");
        assertThat(joined.path("ref").isNumber()).as("a numeric ref comes back a number").isTrue();
        assertThat(joined.path("ref").asInt()).isEqualTo(1);
        assertThat(sent.path("clientMessageId").asString()).isEqualTo("c-acks");
        assertThat(sent.path("createdAt").asString()).isNotBlank();
        JsonNode edited = a.await(ack("edit"));
        assertThat(edited.path("messageId").asString()).isEqualTo(messageId);
        assertThat(edited.path("editedAt").asString()).isNotBlank();
        JsonNode reacted = a.await(ack("react"));
        assertThat(reacted.path("counts").path("like").asLong()).isEqualTo(1);
        assertThat(reacted.path("myReactions").get(0).asString()).isEqualTo("like");
        assertThat(read.path("messageId").asString()).isEqualTo(messageId);
        assertThat(read.path("unreadCount").asInt()).isZero();
        assertThat(new java.util.ArrayList<>(a.await(ack("typing")).propertyNames())).containsExactly("type", "ref");
        assertThat(a.await(ack("delete")).path("messageId").asString()).isEqualTo(messageId);
        assertThat(a.await("room-left").path("ref").asString()).isEqualTo("leave");
        assertThat(a.await("pong").path("ref").asString()).isEqualTo("ping");
        a.sync();
        for (String ref : List.of("send", "edit", "react", "typing", "delete", "leave", "ping")) {
            assertThat(a.all(f -> f.path("ref").asString().equals(ref))).as("replies to %s", ref).isEmpty();
        }
    }

    static java.util.function.Predicate<JsonNode> isAck(String ref) {
        return f -> f.path("type").asString().equals("ack") && f.path("ref").asString().equals(ref);
    }

    @Test
    void a_send_retried_with_its_client_message_id_is_acknowledged_with_the_first_message_and_broadcast_once() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(a);
        join(b);
        Map<String, Object> send = frame("type", "send-message", "roomId", room, "content", "only once",
                "clientMessageId", "c-retry");

        a.send(withRef(send, "first"));
        JsonNode first = a.await(ack("first"));
        a.send(withRef(send, "retry"));
        JsonNode retry = a.await(ack("retry"));

        assertThat(retry.path("messageId").asString()).isEqualTo(first.path("messageId").asString());
        assertThat(retry.path("createdAt").asString()).isEqualTo(first.path("createdAt").asString());
        assertThat(retry.path("clientMessageId").asString()).isEqualTo("c-retry");
        b.await("new-message");
        b.sync();
        assertThat(b.all("new-message")).isEmpty();
    }

    @Test
    void frames_without_a_ref_get_no_ack_the_broadcast_is_the_confirmation() {
        WsClient a = client(alice);
        join(a);

        a.send(frame("type", "send-message", "roomId", room, "content", "no ref", "clientMessageId", "c-noref"));
        a.send(frame("type", "typing", "roomId", room, "isTyping", true));

        assertThat(a.await("new-message").path("clientMessageId").asString()).isEqualTo("c-noref");
        a.sync();
        assertThat(a.all("ack")).isEmpty();
    }

    @Test
    void typing_and_leaving_need_a_joined_room_that_exists() {
        WsClient a = client(alice);

        a.send(frame("type", "typing", "roomId", UUID.randomUUID().toString(), "isTyping", true, "ref", "t1"));
        assertThat(a.awaitError("ROOM_NOT_FOUND").path("ref").asString()).isEqualTo("t1");
        a.send(frame("type", "typing", "roomId", room, "isTyping", true, "ref", "t2"));
        assertThat(a.awaitError("NOT_JOINED").path("ref").asString()).isEqualTo("t2");
        a.send(frame("type", "leave-room", "roomId", room));
        a.awaitError("NOT_JOINED");
    }

    @Test
    void a_binary_frame_closes_the_connection_with_1003() {
        WsClient a = client(alice);

        a.sendBinary(new byte[] {1, 2, 3});

        assertThat(a.awaitClose()).isEqualTo(1003);
    }

    static java.util.function.Predicate<JsonNode> ack(String ref) {
        return isAck(ref);
    }

    static Map<String, Object> withRef(Map<String, Object> frame, String ref) {
        Map<String, Object> copy = new LinkedHashMap<>(frame);
        copy.put("ref", ref);
        return copy;
    }

    // --- rooms and messages ------------------------------------------------------------------------

    @Test
    void two_clients_chat_in_a_room() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(a);
        JsonNode joined = join(b);
        JsonNode announced = a.await("user-joined");

        a.send(frame("type", "send-message", "roomId", room, "content", "안녕", "clientMessageId", "m-1"));
        JsonNode atA = a.await("new-message");
        JsonNode atB = b.await("new-message");

        assertThat(joined.path("memberCount").asInt()).isEqualTo(2);
        assertThat(joined.path("ref").asString()).isEqualTo("j1");
        assertThat(announced.path("memberCount").asInt()).isEqualTo(2);
        assertThat(announced.path("nicknameMask").asString()).isEqualTo("B**");
        assertThat(announced.path("displayName").asString()).isEqualTo("Bob");
        assertThat(atA).isEqualTo(atB);
        assertThat(atB.path("content").asString()).isEqualTo("안녕");
        assertThat(atB.path("messageType").asString()).isEqualTo("text");
        assertThat(atB.path("nicknameMask").asString()).isEqualTo("김**");
        assertThat(atB.path("clientMessageId").asString()).isEqualTo("m-1");
        b.sync();
        assertThat(b.all("user-joined")).as("nobody is told of their own joining")
                .noneMatch(frame -> frame.path("userId").asString().equals(bobId));
    }

    @Test
    void edits_deletes_reactions_and_reads_reach_the_room() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(a);
        join(b);
        a.send(frame("type", "send-message", "roomId", room, "content", "helo"));
        String id = b.await("new-message").path("messageId").asString();

        a.send(frame("type", "edit-message", "roomId", room, "messageId", id, "content", "hello"));
        assertThat(b.await("message-edited").path("content").asString()).isEqualTo("hello");
        b.send(frame("type", "react", "roomId", room, "messageId", id, "kind", "like", "on", true));
        assertThat(a.await("reaction-changed").path("kind").asString()).isEqualTo("like");
        b.send(frame("type", "read", "roomId", room, "messageId", id));
        assertThat(a.await("message-read").path("messageId").asString()).isEqualTo(id);
        a.send(frame("type", "delete-message", "roomId", room, "messageId", id));
        assertThat(b.await("message-deleted").path("messageId").asString()).isEqualTo(id);
    }

    @Test
    void typing_reaches_others_only_and_is_cleared_when_the_typist_disconnects() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(a);
        join(b);

        b.send(frame("type", "typing", "roomId", room, "isTyping", true));
        assertThat(a.await("typing-indicator").path("isTyping").asBoolean()).isTrue();
        b.close();

        assertThat(a.await("typing-indicator").path("isTyping").asBoolean()).isFalse();
        assertThat(a.await("user-left").path("memberCount").asInt()).isEqualTo(1);
        a.sync();
    }

    @Test
    void leaving_a_room_answers_room_left_and_tells_the_others() {
        WsClient a = client(alice);
        WsClient b = client(bob);
        join(a);
        join(b);

        b.send(frame("type", "leave-room", "roomId", room, "ref", "bye"));

        assertThat(b.await("room-left").path("ref").asString()).isEqualTo("bye");
        JsonNode left = a.await("user-left");
        assertThat(left.path("userId").asString()).isEqualTo(bobId);
        assertThat(left.path("displayName").asString()).isEqualTo("Bob");
    }

    @Test
    void a_reconnecting_client_gets_what_it_missed() {
        WsClient a = client(alice);
        join(a);
        a.send(frame("type", "send-message", "roomId", room, "content", "seen"));
        String seen = a.await("new-message").path("messageId").asString();
        for (int i = 0; i < 3; i++) {
            api.post("/api/chatrooms/" + room + "/messages").token(carol).json(Map.of("content", "missed " + i)).send()
                    .expect(201);
        }
        WsClient b = client(bob);

        b.send(frame("type", "join-room", "roomId", room, "lastMessageId", seen));
        JsonNode joined = b.await("room-joined");

        assertThat(joined.path("missed").size()).isEqualTo(3);
        assertThat(joined.path("missed").get(0).path("content").asString()).isEqualTo("missed 0");
        assertThat(joined.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void changes_made_over_rest_reach_live_connections_at_once() {
        WsClient a = client(alice);
        WsClient c = client(carol);
        join(a);
        join(c);

        api.patch("/api/chatrooms/" + room).token(alice).json(Map.of("name", "renamed")).send().expect(200);
        assertThat(c.await("room-updated").path("name").asString()).isEqualTo("renamed");
        api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "from rest")).send().expect(201);
        assertThat(c.await("new-message").path("content").asString()).isEqualTo("from rest");
        String carolUser = api.get("/api/chatrooms/" + room).token(alice).send().expect(200).body().path("participants")
                .get(2).path("userId").asString();
        api.delete("/api/chatrooms/" + room + "/participants/" + carolUser).token(alice).send().expect(204);

        assertThat(c.await("room-left").path("roomId").asString()).isEqualTo(room);
        assertThat(a.await("participant-removed").path("userId").asString()).isEqualTo(carolUser);
        api.delete("/api/chatrooms/" + room).token(alice).send().expect(204);
        assertThat(a.await("room-deleted").path("roomId").asString()).isEqualTo(room);
    }

    @Test
    void notifications_pushed_by_other_services_reach_every_connection_of_the_user() {
        WsClient phone = client(bob);
        WsClient laptop = client(bob);
        WsClient other = client(carol);

        api.post("/api/internal/v1/notifications").header("X-Service-Token", "svc-token")
                .json(Map.of("userId", bobId, "type", "mention", "message", "you were mentioned", "link", "/r/1"))
                .send().expect(202);

        assertThat(phone.await("notification").path("message").asString()).isEqualTo("you were mentioned");
        assertThat(laptop.await("notification").path("link").asString()).isEqualTo("/r/1");
        other.sync();
        assertThat(other.all("notification")).isEmpty();
    }

    // --- bad frames --------------------------------------------------------------------------------

    @Test
    void every_bad_frame_gets_an_error_and_the_connection_stays_usable() {
        WsClient a = client(alice);
        join(a);

        a.sendText("{not json");
        a.awaitError("MALFORMED_FRAME");
        a.sendText("[1,2,3]");
        a.awaitError("MALFORMED_FRAME");
        a.send(frame("type", 42));
        a.awaitError("MALFORMED_FRAME");
        a.send(frame("type", "dance", "ref", "d"));
        assertThat(a.awaitError("UNKNOWN_FRAME_TYPE").path("ref").asString()).isEqualTo("d");
        a.send(frame("type", "join-room"));
        a.awaitError("MALFORMED_FRAME");
        a.send(frame("type", "join-room", "roomId", 12));
        a.awaitError("MALFORMED_FRAME");
        a.send(frame("type", "join-room", "roomId", "nope"));
        a.awaitError("VALIDATION_FAILED");
        a.send(frame("type", "join-room", "roomId", UUID.randomUUID().toString()));
        a.awaitError("ROOM_NOT_FOUND");
        a.send(frame("type", "send-message", "roomId", room, "content", "   "));
        a.awaitError("EMPTY_CONTENT");
        a.send(frame("type", "send-message", "roomId", room, "content", "x".repeat(1001)));
        JsonNode tooLong = a.awaitError("MESSAGE_TOO_LONG");
        a.send(frame("type", "send-message", "roomId", room, "messageType", "video", "content", "x"));
        a.awaitError("INVALID_MESSAGE_TYPE");
        a.send(frame("type", "typing", "roomId", room, "isTyping", "yes"));
        a.awaitError("MALFORMED_FRAME");
        a.send(frame("type", "react", "roomId", room, "messageId", "1", "kind", "like", "on", true));
        a.awaitError("MESSAGE_NOT_FOUND");
        a.sendText("{\"type\":\"send-message\",\"roomId\":\"" + room + "\",\"content\":\"" + "x".repeat(70_000) + "\"}");
        a.awaitError("FRAME_TOO_LARGE");

        assertThat(tooLong.path("message").asString()).contains("1000");
        a.send(frame("type", "send-message", "roomId", room, "content", "still here"));
        assertThat(a.await("new-message").path("content").asString()).isEqualTo("still here");
    }

    @Test
    void outsiders_are_refused() {
        String outsider = api.devToken("outsider-" + System.nanoTime(), "Out");
        WsClient o = client(outsider);

        o.send(frame("type", "join-room", "roomId", room));
        o.awaitError("NOT_A_PARTICIPANT");
        o.send(frame("type", "send-message", "roomId", room, "content", "hi"));
        o.awaitError("NOT_A_PARTICIPANT");
        o.send(frame("type", "typing", "roomId", room, "isTyping", true));
        o.awaitError("NOT_A_PARTICIPANT");
        o.sync();
    }

    @Test
    void repeated_oversize_frames_close_the_connection() {
        WsClient a = client(alice);
        String huge = "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}";

        for (int i = 0; i < 3; i++) {
            a.sendText(huge);
            a.awaitError("FRAME_TOO_LARGE");
        }

        assertThat(a.awaitClose()).isEqualTo(1009);
    }

    @Test
    void error_messages_follow_the_handshake_language() {
        WsClient ko = WsClient.connect(port, "token=" + alice, Map.of("Accept-Language", "ko"));
        clients.add(ko);
        ko.await("auth-success");

        ko.send(frame("type", "join-room", "roomId", UUID.randomUUID().toString()));

        assertThat(ko.awaitError("ROOM_NOT_FOUND").path("message").asString()).isEqualTo("방을 찾을 수 없습니다");
    }
}
