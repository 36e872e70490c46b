package io.doran.chat.bootstrap.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 000 (Scylla/Redis chat API) replayed from its document against the started server: its own routes and
 * bodies, its {@code jwt_token} cookie, beside today's API on the same paths. A body {@code userId} or
 * {@code creatorId} that is not the caller is refused.
 */
public class Seed000ApiTest extends SeedApiSuite {

    String user123;
    String user456;
    String user789;
    String token123;
    String token456;
    String token789;

    @BeforeEach
    void signIn() {
        user123 = user("user123");
        user456 = user("user456");
        user789 = user("user789");
        token123 = api.devToken(user123, "김철수");
        token456 = api.devToken(user456, "이영희");
        token789 = api.devToken(user789, null);
    }

    /** As the document's client calls: the token in the {@code jwt_token} cookie. */
    Api.Call as(String token, Api.Call call) {
        return call.header("Cookie", "jwt_token=" + token);
    }

    /** §1.1 with the document's body: "Study Group" of user123 with user456 and user789. */
    JsonNode studyGroup() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creatorId", user123);
        body.put("targetUserIds", List.of(user456, user789));
        body.put("name", "Study Group");
        body.put("createdAt", "2025-07-15T13:00:00Z");
        return as(token123, api.post("/api/chatrooms")).json(body).send().expect(201).body();
    }

    static Map<String, JsonNode> participants(JsonNode room) {
        Map<String, JsonNode> byUser = new HashMap<>();
        room.path("participants").forEach(p -> byUser.put(p.path("userId").asString(), p));
        return byUser;
    }

    JsonNode send(String room, Map<String, Object> body) {
        return as(token123, api.post("/api/chatrooms/" + room + "/messages")).json(body).send().expect(201).body();
    }

    @Test
    void creating_a_room_with_the_documents_body_answers_the_documents_shape() {
        JsonNode room = studyGroup();

        assertThat(room.path("roomId").asString()).isNotBlank();
        assertThat(room.path("name").asString()).isEqualTo("Study Group");
        assertThat(room.path("createdAt").asString()).isNotBlank();
        assertThat(room.path("userCount").asInt()).isEqualTo(3);
        Map<String, JsonNode> participants = participants(room);
        assertThat(participants).containsOnlyKeys(user123, user456, user789);
        assertThat(participants.get(user123).path("role").asString()).isEqualTo("admin");
        assertThat(participants.get(user456).path("role").asString()).isEqualTo("member");
        assertThat(participants.get(user789).path("edited_name").isString()).isTrue();
        assertThat(participants.get(user789).path("edited_name").asString()).isEmpty();
    }

    @Test
    void today_s_create_body_on_the_same_path_keeps_today_s_answer() {
        JsonNode room = as(token123, api.post("/api/chatrooms"))
                .json(Map.of("name", "study", "participantIds", List.of(user456))).send().expect(201).body();

        assertThat(room.path("visibility").asString()).isEqualTo("private");
        assertThat(room.path("participants").get(0).has("displayName")).isTrue();
        assertThat(room.path("participants").get(0).has("edited_name")).isFalse();
    }

    @Test
    void a_creator_id_that_is_not_the_caller_is_forbidden_and_creates_nothing() {
        as(token123, api.post("/api/chatrooms"))
                .json(Map.of("creatorId", user456, "targetUserIds", List.of(user789), "name", "x")).send()
                .problem(403, "FORBIDDEN");
        as(token123, api.post("/api/chatrooms"))
                .json(Map.of("targetUserIds", List.of(user456), "participantIds", List.of(user789), "name", "x")).send()
                .problem(400, "VALIDATION_FAILED");

        assertThat(as(token456, api.get("/api/chatrooms")).send().expect(200).body().size()).isZero();
    }

    @Test
    void the_room_is_renamed_and_roles_and_edited_names_change_by_the_documents_routes() {
        String room = studyGroup().path("roomId").asString();

        JsonNode renamed = as(token123, api.patch("/api/chatrooms/" + room + "/name"))
                .json(Map.of("name", "New Chat Room Name")).send().expect(200).body();
        JsonNode promoted = as(token123, api.patch("/api/chatrooms/" + room + "/participants/" + user456 + "/role"))
                .json(Map.of("role", "sub-admin")).send().expect(200).body();
        JsonNode named = as(token456, api.patch("/api/chatrooms/" + room + "/participants/" + user456 + "/name"))
                .json(Map.of("edited_name", "이름")).send().expect(200).body();

        assertThat(renamed.path("name").asString()).isEqualTo("New Chat Room Name");
        assertThat(participants(promoted).get(user456).path("role").asString()).isEqualTo("sub-admin");
        assertThat(participants(named).get(user456).path("edited_name").asString()).isEqualTo("이름");
        assertThat(participants(named).get(user123).path("edited_name").asString()).isEmpty();
        as(token456, api.patch("/api/chatrooms/" + room + "/participants/" + user789 + "/name"))
                .json(Map.of("edited_name", "남의 이름")).send().problem(403, "FORBIDDEN");
        as(token789, api.patch("/api/chatrooms/" + room + "/participants/" + user456 + "/role"))
                .json(Map.of("role", "admin")).send().problem(403, "FORBIDDEN");
        JsonNode reset = as(token456, api.patch("/api/chatrooms/" + room + "/participants/" + user456 + "/name"))
                .json(Map.of("edited_name", "")).send().expect(200).body();
        assertThat(participants(reset).get(user456).path("edited_name").asString()).isEmpty();
    }

    @Test
    void participants_are_added_and_removed_and_the_room_deleted_on_today_s_paths() {
        String room = studyGroup().path("roomId").asString();
        String newcomer = user("user999");
        api.devToken(newcomer, null);

        as(token123, api.post("/api/chatrooms/" + room + "/participants"))
                .json(Map.of("userId", newcomer, "role", "member")).send().expect(201);
        as(token123, api.delete("/api/chatrooms/" + room + "/participants/" + newcomer)).send().expect(204);
        as(token123, api.delete("/api/chatrooms/" + room)).send().expect(204);

        as(token123, api.get("/api/chatrooms/" + room)).send().problem(404, "ROOM_NOT_FOUND");
    }

    @Test
    void messages_are_sent_edited_read_reacted_to_and_deleted_with_the_documents_bodies() {
        String room = studyGroup().path("roomId").asString();

        JsonNode sent = send(room, Map.of("userId", user123, "content", "안녕하세요!"));
        String message = sent.path("messageId").asString();
        JsonNode edited = as(token123, api.patch("/api/chatrooms/" + room + "/messages/" + message))
                .json(Map.of("userId", user123, "newContent", "수정된 메시지 내용")).send().expect(200).body();
        as(token456, api.post("/api/chatrooms/" + room + "/messages/" + message + "/read"))
                .json(Map.of("userId", user456)).send().expect(200);
        Map<String, Object> like = Map.of("userId", user456, "reactionType", "like");
        as(token456, api.post("/api/chatrooms/" + room + "/messages/" + message + "/reactions")).json(like).send().expect(200);
        JsonNode reactions = as(token456, api.post("/api/chatrooms/" + room + "/messages/" + message + "/reactions"))
                .json(like).send().expect(200).body();

        assertThat(sent.path("roomId").asString()).isEqualTo(room);
        assertThat(sent.path("userId").asString()).isEqualTo(user123);
        assertThat(sent.path("content").asString()).isEqualTo("안녕하세요!");
        assertThat(sent.path("createdAt").asString()).isNotBlank();
        assertThat(edited.path("content").asString()).isEqualTo("수정된 메시지 내용");
        assertThat(reactions.path("reactions").path("like").asLong()).isEqualTo(1);
        assertThat(reactions.path("myReactions").toString()).contains("like");

        as(token456, api.delete("/api/chatrooms/" + room + "/messages/" + message)).json(Map.of("userId", user456))
                .send().problem(403, "FORBIDDEN");
        as(token123, api.delete("/api/chatrooms/" + room + "/messages/" + message)).json(Map.of("userId", user123))
                .send().expect(204);
        String second = send(room, Map.of("content", "두 번째")).path("messageId").asString();
        as(token123, api.delete("/api/chatrooms/" + room + "/messages/" + second)).send().expect(204);
        assertThat(as(token123, api.get("/api/chatrooms/" + room + "/messages")).send().expect(200).body()
                .path("messages").size()).isZero();
    }

    @Test
    void a_body_user_id_that_is_not_the_caller_is_forbidden_on_every_route() {
        String room = studyGroup().path("roomId").asString();
        String message = send(room, Map.of("content", "mine")).path("messageId").asString();
        String path = "/api/chatrooms/" + room + "/messages";

        as(token123, api.post(path)).json(Map.of("userId", user456, "content", "x")).send().problem(403, "FORBIDDEN");
        as(token123, api.patch(path + "/" + message)).json(Map.of("userId", user456, "newContent", "x")).send()
                .problem(403, "FORBIDDEN");
        as(token123, api.post(path + "/" + message + "/read")).json(Map.of("userId", user456)).send()
                .problem(403, "FORBIDDEN");
        as(token123, api.post(path + "/" + message + "/reactions")).json(Map.of("userId", user456, "reactionType", "like"))
                .send().problem(403, "FORBIDDEN");
        as(token123, api.delete(path + "/" + message)).json(Map.of("userId", user456)).send().problem(403, "FORBIDDEN");
        as(token123, api.post("/api/chatrooms/" + room + "/connect")).json(Map.of("userId", user456)).send()
                .problem(403, "FORBIDDEN");

        JsonNode history = as(token123, api.get(path)).send().expect(200).body();
        assertThat(history.path("messages").size()).isEqualTo(1);
        assertThat(history.path("messages").get(0).path("content").asString()).isEqualTo("mine");
        assertThat(history.path("messages").get(0).path("reactions").size()).isZero();
    }

    @Test
    void connect_answers_the_live_room_and_a_message_sent_by_rest_reaches_its_websocket_clients() {
        String room = studyGroup().path("roomId").asString();
        JsonNode before = as(token123, api.post("/api/chatrooms/" + room + "/connect")).json(Map.of("userId", user123))
                .send().expect(200).body();

        try (WsClient bob = WsClientAccess.withToken(port, token456)) {
            WsClientAccess.join(bob, room);
            JsonNode live = as(token123, api.post("/api/chatrooms/" + room + "/connect")).send().expect(200).body();
            send(room, Map.of("userId", user123, "content", "안녕하세요!"));

            JsonNode delivered = WsClientAccess.await(bob, "new-message");
            assertThat(delivered.path("content").asString()).isEqualTo("안녕하세요!");
            assertThat(delivered.path("userId").asString()).isEqualTo(user123);
            assertThat(before.path("memberCount").asInt()).isZero();
            assertThat(live.path("roomId").asString()).isEqualTo(room);
            assertThat(live.path("memberCount").asInt()).isEqualTo(1);
            assertThat(live.path("members").get(0).path("userId").asString()).isEqualTo(user456);
            assertThat(live.path("webSocketUrl").asString()).isEqualTo("ws://localhost:" + port + "/chat");
        }
        as(token789, api.post("/api/chatrooms/00000000-0000-0000-0000-000000000000/connect")).send()
                .problem(404, "ROOM_NOT_FOUND");
        String outsider = api.devToken(user("outsider"), null);
        as(outsider, api.post("/api/chatrooms/" + room + "/connect")).send().problem(403, "NOT_A_PARTICIPANT");
    }
}
