package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Protection (SPEC §8): a rate limit for every action that is broadcast or written, and the cap on connections per user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=3", "chat.ws.max-connections-per-user=2", "chat.limits.typing-per-minute=20",
        "chat.limits.reactions-per-minute=10", "chat.limits.edits-per-minute=10", "chat.limits.reads-per-minute=10",
        "chat.limits.joins-per-minute=10"})
class WebSocketLimitsTest {

    @LocalServerPort
    int port;

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    @Test
    void sends_over_the_rate_get_rate_limited_with_when_to_retry_and_the_connection_stays() {
        Api api = new Api(port);
        String token = api.devToken("fast-" + System.nanoTime(), "Fast");
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "r", "participantIds", List.of("x")))
                .send().expect(201).text("roomId");
        WsClient client = WsClient.withToken(port, token);
        clients.add(client);
        client.send(Map.of("type", "join-room", "roomId", room));
        client.await("room-joined");

        for (int i = 0; i < 3; i++) {
            client.send(Map.of("type", "send-message", "roomId", room, "content", "m" + i));
            client.await("new-message");
        }
        client.send(Map.of("type", "send-message", "roomId", room, "content", "one too many", "ref", "r4"));
        JsonNode limited = client.awaitError("RATE_LIMITED");

        assertThat(limited.path("retryAfterMs").asLong()).isPositive();
        assertThat(limited.path("ref").asString()).isEqualTo("r4");
        client.sync();
    }

    @Test
    void typing_floods_are_coalesced_and_limited_and_reactions_edits_and_reads_are_limited_too() {
        Api api = new Api(port);
        String suffix = Long.toString(System.nanoTime());
        String flooder = api.devToken("flooder-" + suffix, "Flood");
        String watcher = api.devToken("watcher-" + suffix, "Watch");
        String room = api.post("/api/chatrooms").token(flooder)
                .json(Map.of("name", "r", "participantIds", List.of("watcher-" + suffix))).send().expect(201).text("roomId");
        String message = api.post("/api/chatrooms/" + room + "/messages").token(watcher).json(Map.of("content", "hi"))
                .send().expect(201).text("messageId");
        String own = api.post("/api/chatrooms/" + room + "/messages").token(flooder).json(Map.of("content", "mine"))
                .send().expect(201).text("messageId");
        WsClient flood = WsClient.withToken(port, flooder);
        WsClient watch = WsClient.withToken(port, watcher);
        clients.add(flood);
        clients.add(watch);
        for (WsClient client : List.of(flood, watch)) {
            client.send(Map.of("type", "join-room", "roomId", room));
            client.await("room-joined");
        }

        for (int i = 0; i < 100; i++) {
            flood.send(Map.of("type", "typing", "roomId", room, "isTyping", true));
        }
        JsonNode limited = flood.awaitError("RATE_LIMITED");
        flood.sync();
        watch.sync();

        assertThat(limited.path("retryAfterMs").asLong()).isPositive();
        assertThat(flood.all("error")).as("every typing frame over the limit is refused").hasSizeGreaterThanOrEqualTo(70);
        assertThat(watch.all("typing-indicator")).as("no more indicators than typing frames the limit let through")
                .isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(refusedAfter(flood, 30, i -> Map.of("type", "react", "roomId", room, "messageId", message,
                "kind", "like", "on", i % 2 == 0))).isGreaterThanOrEqualTo(20);
        assertThat(refusedAfter(flood, 30, i -> Map.of("type", "edit-message", "roomId", room, "messageId", own,
                "content", "edit " + i))).isGreaterThanOrEqualTo(20);
        assertThat(refusedAfter(flood, 30, i -> Map.of("type", "read", "roomId", room, "messageId", message)))
                .isGreaterThanOrEqualTo(20);
        watch.sync();
        assertThat(watch.all("reaction-changed")).hasSizeLessThanOrEqualTo(10);
        assertThat(watch.all("message-edited")).hasSizeLessThanOrEqualTo(10);
    }

    /** Sends {@code count} frames and answers how many were refused as rate-limited. */
    static int refusedAfter(WsClient client, int count, java.util.function.IntFunction<Map<String, Object>> frame) {
        int before = client.all(f -> f.path("code").asString().equals("RATE_LIMITED")).size();
        for (int i = 0; i < count; i++) {
            client.send(frame.apply(i));
        }
        client.sync();
        return client.all(f -> f.path("code").asString().equals("RATE_LIMITED")).size() - before;
    }

    @Test
    void a_user_may_hold_only_so_many_connections() {
        Api api = new Api(port);
        String token = api.devToken("many-" + System.nanoTime(), "Many");
        clients.add(WsClient.withToken(port, token));
        clients.add(WsClient.withToken(port, token));

        WsClient third = WsClient.connect(port, "token=" + token, Map.of());
        clients.add(third);

        third.awaitError("TOO_MANY_CONNECTIONS");
        assertThat(third.awaitClose()).isEqualTo(4029);
        clients.getFirst().sync();
    }
}
