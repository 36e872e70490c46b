package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 over {@code /chat} with real clients against the started server: edit counts, replies and their live
 * counts, pins and mention notifications. A room of alice (admin), bob and carol (members).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.edits-per-minute=10000", "chat.limits.request-burst=10000",
        "chat.limits.requests-per-second=10000"})
public class ThreadsWebSocketTest {

    @LocalServerPort
    int port;

    Api api;
    final List<WsClient> clients = new java.util.concurrent.CopyOnWriteArrayList<>();
    String suffix;
    String alice;
    String bob;
    String carol;
    String room;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        suffix = Long.toString(System.nanoTime());
        alice = api.devToken(user("alice"), "Alice");
        bob = api.devToken(user("bob"), "Bob");
        carol = api.devToken(user("carol"), "Carol");
        room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "live threads", "participantIds", List.of(user("bob"), user("carol"))))
                .send().expect(201).text("roomId");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    String user(String name) {
        return name + "-" + suffix;
    }

    WsClient joined(String token) {
        WsClient client = WsClient.withToken(port, token);
        clients.add(client);
        client.send(frame("type", "join-room", "roomId", room, "ref", "join"));
        client.await("room-joined");
        return client;
    }

    static Map<String, Object> frame(Object... fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            frame.put((String) fields[i], fields[i + 1]);
        }
        return frame;
    }

    static Predicate<JsonNode> ack(String ref) {
        return frame -> frame.path("type").asString().equals("ack") && frame.path("ref").asString().equals(ref);
    }

    @Test
    void an_edit_is_acknowledged_and_heard_with_the_new_edit_count() {
        WsClient a = joined(alice);
        WsClient b = joined(bob);
        a.send(frame("type", "send-message", "roomId", room, "content", "helo", "ref", "send"));
        String id = a.await(ack("send")).path("messageId").asString();
        assertThat(b.await("new-message").path("editCount").asInt()).isZero();

        a.send(frame("type", "edit-message", "roomId", room, "messageId", id, "content", "hello", "ref", "edit"));

        assertThat(a.await(ack("edit")).path("editCount").asInt()).isEqualTo(1);
        JsonNode edited = b.await("message-edited");
        assertThat(edited.path("content").asString()).isEqualTo("hello");
        assertThat(edited.path("editCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_reply_sent_over_the_socket_reaches_the_room_with_its_parent_and_the_parents_new_count() {
        WsClient a = joined(alice);
        WsClient b = joined(bob);
        a.send(frame("type", "send-message", "roomId", room, "content", "question", "ref", "q"));
        String parent = a.await(ack("q")).path("messageId").asString();

        b.send(frame("type", "send-message", "roomId", room, "content", "answer", "replyTo", parent, "ref", "r"));

        String replyId = b.await(ack("r")).path("messageId").asString();
        JsonNode reply = a.await(f -> f.path("type").asString().equals("new-message")
                && f.path("messageId").asString().equals(replyId));
        assertThat(reply.path("replyTo").path("messageId").asString()).isEqualTo(parent);
        assertThat(reply.path("replyTo").path("excerpt").asString()).isEqualTo("question");
        JsonNode count = a.await("reply-count-changed");
        assertThat(count.path("roomId").asString()).isEqualTo(room);
        assertThat(count.path("messageId").asString()).isEqualTo(parent);
        assertThat(count.path("replyCount").asInt()).isEqualTo(1);

        b.send(frame("type", "delete-message", "roomId", room, "messageId", replyId, "ref", "d"));
        b.await(ack("d"));
        assertThat(a.await("reply-count-changed").path("replyCount").asInt()).isZero();
    }

    @Test
    void a_reply_to_an_unknown_message_is_refused_with_an_error_frame() {
        WsClient a = joined(alice);

        a.send(frame("type", "send-message", "roomId", room, "content", "answer", "replyTo", "12345", "ref", "r"));

        assertThat(a.awaitError("MESSAGE_NOT_FOUND").path("ref").asString()).isEqualTo("r");
    }

    @Test
    void pinning_over_rest_is_heard_live_by_the_room() {
        WsClient b = joined(bob);
        String id = api.post("/api/chatrooms/" + room + "/messages").token(bob).json(Map.of("content", "pin me"))
                .send().expect(201).text("messageId");

        api.put("/api/chatrooms/" + room + "/pins/" + id).token(alice).send().expect(200);
        JsonNode pinned = b.await("message-pinned");
        api.delete("/api/chatrooms/" + room + "/pins/" + id).token(alice).send().expect(204);
        JsonNode unpinned = b.await("message-unpinned");

        assertThat(pinned.path("roomId").asString()).isEqualTo(room);
        assertThat(pinned.path("messageId").asString()).isEqualTo(id);
        assertThat(pinned.path("pinnedBy").asString()).isEqualTo(user("alice"));
        assertThat(pinned.path("pinnedAt").asString()).isNotBlank();
        assertThat(unpinned.path("messageId").asString()).isEqualTo(id);
        assertThat(unpinned.path("by").asString()).isEqualTo(user("alice"));
    }

    @Test
    void a_mentioned_user_is_notified_on_a_connection_that_joined_no_room() {
        WsClient a = joined(alice);
        WsClient idle = WsClient.withToken(port, carol);
        clients.add(idle);

        a.send(frame("type", "send-message", "roomId", room, "content", "@" + user("carol") + " are you there?", "ref", "m"));
        String id = a.await(ack("m")).path("messageId").asString();

        JsonNode notification = idle.await("notification");
        assertThat(notification.path("notificationType").asString()).isEqualTo("mention");
        assertThat(notification.path("roomId").asString()).isEqualTo(room);
        assertThat(notification.path("messageId").asString()).isEqualTo(id);
        assertThat(notification.path("message").asString()).contains("are you there?");
        assertThat(notification.path("link").asString()).isEqualTo("/#" + room);
        assertThat(a.await(f -> f.path("type").asString().equals("new-message")).path("mentions").get(0).asString())
                .isEqualTo(user("carol"));
    }
}
