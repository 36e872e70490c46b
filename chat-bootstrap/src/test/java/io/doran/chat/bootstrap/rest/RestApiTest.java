package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API of SPEC §4 over real HTTP on the embedded default: every endpoint's success path and refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000",
        "chat.internal.service-token=s3rvice-token"})
public class RestApiTest {

    @LocalServerPort
    int port;

    Api api;
    String alice;
    String bob;
    String carol;
    String dave;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        alice = api.devToken("alice", "김철수");
        bob = api.devToken("bob", "Bob");
        carol = api.devToken("carol", null);
        dave = api.devToken("dave", "Dave");
    }

    String createRoom(String token, Map<String, Object> body) {
        return api.post("/api/chatrooms").token(token).json(body).send().expect(201).text("roomId");
    }

    String groupRoom() {
        return createRoom(alice, Map.of("name", "study", "participantIds", List.of("bob", "carol")));
    }

    JsonNode send(String token, String room, Map<String, Object> body) {
        return api.post("/api/chatrooms/" + room + "/messages").token(token).json(body).send().expect(201).body();
    }

    JsonNode sendText(String token, String room, String text) {
        return send(token, room, Map.of("content", text));
    }

    // --- rooms -------------------------------------------------------------------------------------

    @Test
    void a_room_of_three_is_created_with_its_creator_as_admin() {
        Api.Response created = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "스터디", "participantIds", List.of("bob", "carol"), "postId", "post-7",
                        "visibility", "public", "ttlHours", 24))
                .send().expect(201);

        JsonNode room = created.body();
        assertThat(room.path("name").asString()).isEqualTo("스터디");
        assertThat(room.path("userCount").asInt()).isEqualTo(3);
        assertThat(room.path("postId").asString()).isEqualTo("post-7");
        assertThat(room.path("visibility").asString()).isEqualTo("public");
        assertThat(room.path("expiresAt").asString()).isNotBlank();
        assertThat(roles(room)).containsEntry("alice", "admin").containsEntry("bob", "member").containsEntry("carol", "member");
        assertThat(displayNames(room)).containsEntry("alice", "김철수").containsEntry("carol", "carol");
    }

    @Test
    void a_room_of_two_has_no_admin_and_its_members_may_rename_and_add() {
        String room = createRoom(alice, Map.of("name", "pair", "participantIds", List.of("bob")));

        api.patch("/api/chatrooms/" + room).token(bob).json(Map.of("name", "ours")).send().expect(200);
        JsonNode added = api.post("/api/chatrooms/" + room + "/participants").token(bob).json(Map.of("userId", "dave"))
                .send().expect(201).body();

        assertThat(roles(added).values()).containsOnly("member");
        assertThat(added.path("name").asString()).isEqualTo("ours");
    }

    @Test
    void room_detail_lists_participants_for_participants_only() {
        String room = groupRoom();

        JsonNode detail = api.get("/api/chatrooms/" + room).token(bob).send().expect(200).body();

        assertThat(detail.path("participants").size()).isEqualTo(3);
        api.get("/api/chatrooms/" + room).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        api.get("/api/chatrooms/00000000-0000-0000-0000-000000000000").token(bob).send().problem(404, "ROOM_NOT_FOUND");
    }

    @Test
    void the_room_list_is_newest_activity_first_with_last_message_and_unread_count() {
        String older = groupRoom();
        String newer = createRoom(alice, Map.of("name", "second", "participantIds", List.of("bob")));
        sendText(bob, older, "ping");
        sendText(bob, older, "ping again");

        JsonNode list = api.get("/api/chatrooms").token(alice).send().expect(200).body();

        List<String> ids = new ArrayList<>();
        list.forEach(r -> ids.add(r.path("roomId").asString()));
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(newer));
        JsonNode first = list.get(ids.indexOf(older));
        assertThat(first.path("unreadCount").asInt()).isEqualTo(2);
        assertThat(first.path("lastMessage").path("content").asString()).isEqualTo("ping again");
    }

    @Test
    void permissions_of_the_table_hold_over_http() {
        String room = groupRoom();

        api.patch("/api/chatrooms/" + room).token(bob).json(Map.of("name", "mine")).send().problem(403, "FORBIDDEN");
        api.post("/api/chatrooms/" + room + "/participants").token(bob).json(Map.of("userId", "dave")).send()
                .problem(403, "FORBIDDEN");
        api.delete("/api/chatrooms/" + room).token(bob).send().problem(403, "FORBIDDEN");
        api.patch("/api/chatrooms/" + room + "/participants/carol").token(bob).json(Map.of("role", "admin")).send()
                .problem(403, "FORBIDDEN");
        api.delete("/api/chatrooms/" + room + "/participants/carol").token(bob).send().problem(403, "FORBIDDEN");
        api.patch("/api/chatrooms/" + room + "/participants/bob").token(alice).json(Map.of("displayName", "x")).send()
                .problem(403, "FORBIDDEN");
        api.patch("/api/chatrooms/" + room).token(dave).json(Map.of("name", "x")).send().problem(403, "NOT_A_PARTICIPANT");
    }

    @Test
    void the_admin_manages_participants_and_roles() {
        String room = groupRoom();

        JsonNode withDave = api.post("/api/chatrooms/" + room + "/participants").token(alice)
                .json(Map.of("userId", "dave", "role", "sub-admin")).send().expect(201).body();
        api.post("/api/chatrooms/" + room + "/participants").token(alice).json(Map.of("userId", "dave")).send()
                .problem(409, "ALREADY_PARTICIPANT");
        JsonNode promoted = api.patch("/api/chatrooms/" + room + "/participants/bob").token(alice)
                .json(Map.of("role", "admin")).send().expect(200).body();
        api.patch("/api/chatrooms/" + room + "/participants/bob").token(alice).json(Map.of("role", "owner")).send()
                .problem(400, "VALIDATION_FAILED");
        api.delete("/api/chatrooms/" + room + "/participants/carol").token(dave).send().expect(204);

        assertThat(roles(withDave)).containsEntry("dave", "sub-admin");
        assertThat(roles(promoted)).containsEntry("bob", "admin");
        assertThat(roles(api.get("/api/chatrooms/" + room).token(alice).send().expect(200).body())).doesNotContainKey("carol");
        api.patch("/api/chatrooms/" + room + "/participants/alice").token(alice).json(Map.of()).send()
                .problem(400, "VALIDATION_FAILED");
    }

    @Test
    void a_participant_sets_their_own_display_name_and_everyone_sees_it() {
        String room = groupRoom();

        api.patch("/api/chatrooms/" + room + "/participants/carol").token(carol).json(Map.of("displayName", "캐롤"))
                .send().expect(200);
        JsonNode message = sendText(carol, room, "hi");

        assertThat(displayNames(api.get("/api/chatrooms/" + room).token(bob).send().expect(200).body()))
                .containsEntry("carol", "캐롤");
        assertThat(message.path("displayName").asString()).isEqualTo("캐롤");
        assertThat(message.path("nicknameMask").asString()).isEqualTo("캐*");
    }

    @Test
    void the_only_admin_cannot_step_down_and_when_they_leave_the_oldest_participant_takes_over() {
        String room = groupRoom();

        api.patch("/api/chatrooms/" + room + "/participants/alice").token(alice).json(Map.of("role", "member")).send()
                .problem(409, "LAST_ADMIN");
        api.delete("/api/chatrooms/" + room + "/participants/alice").token(alice).send().expect(204);

        JsonNode after = api.get("/api/chatrooms/" + room).token(bob).send().expect(200).body();
        assertThat(roles(after).values()).containsExactlyInAnyOrder("admin", "member");
        api.get("/api/chatrooms/" + room).token(alice).send().problem(403, "NOT_A_PARTICIPANT");
    }

    @Test
    void the_admin_deletes_a_room() {
        String room = groupRoom();

        api.delete("/api/chatrooms/" + room).token(alice).send().expect(204);

        api.get("/api/chatrooms/" + room).token(alice).send().problem(404, "ROOM_NOT_FOUND");
        api.get("/api/chatrooms/" + room + "/messages").token(alice).send().problem(404, "ROOM_NOT_FOUND");
    }

    // --- messages ----------------------------------------------------------------------------------

    @Test
    void every_message_type_is_sent_and_read_back_the_same() {
        String room = groupRoom();

        JsonNode text = send(alice, room, Map.of("messageType", "text", "content", "hello", "clientMessageId", "c-1"));
        JsonNode image = send(bob, room, Map.of("type", "image", "imageUrl", "https://cdn.example.com/cat.png"));
        JsonNode emoji = send(carol, room, Map.of("messageType", "emoji", "content", "👍"));
        JsonNode history = api.get("/api/chatrooms/" + room + "/messages").token(alice).send().expect(200).body();

        assertThat(text.path("clientMessageId").asString()).isEqualTo("c-1");
        assertThat(text.path("nicknameMask").asString()).isEqualTo("김**");
        assertThat(image.path("messageType").asString()).isEqualTo("image");
        assertThat(emoji.path("content").asString()).isEqualTo("👍");
        assertThat(history.path("hasMore").asBoolean()).isFalse();
        assertThat(history.path("messages").get(0)).isEqualTo(emoji);
        assertThat(history.path("messages").get(1)).isEqualTo(image);
        assertThat(history.path("messages").get(2)).isEqualTo(text);
    }

    @Test
    void bad_messages_are_refused_with_their_code() {
        String room = groupRoom();
        String messages = "/api/chatrooms/" + room + "/messages";

        api.post(messages).token(alice).json(Map.of("content", "x".repeat(1001))).send().problem(400, "MESSAGE_TOO_LONG");
        api.post(messages).token(alice).json(Map.of("content", "   ")).send().problem(400, "EMPTY_CONTENT");
        api.post(messages).token(alice).json(Map.of()).send().problem(400, "EMPTY_CONTENT");
        api.post(messages).token(alice).json(Map.of("messageType", "video", "content", "x")).send()
                .problem(400, "INVALID_MESSAGE_TYPE");
        api.post(messages).token(alice).json(Map.of("messageType", "image", "imageUrl", "javascript:alert(1)")).send()
                .problem(400, "INVALID_IMAGE_URL");
        api.post(messages).token(alice).json(Map.of("messageType", "emoji", "content", "not emoji")).send()
                .problem(400, "INVALID_EMOJI");
        api.post(messages).token(dave).json(Map.of("content", "hi")).send().problem(403, "NOT_A_PARTICIPANT");
        assertThat(api.post(messages).token(alice).json(Map.of("content", "😀".repeat(1000))).send().expect(201)
                .text("content")).hasSize(2000);
    }

    @Test
    void a_retried_send_with_the_same_client_message_id_is_stored_once() {
        String room = groupRoom();

        JsonNode first = send(alice, room, Map.of("content", "once", "clientMessageId", "retry-7"));
        JsonNode retry = send(alice, room, Map.of("content", "once", "clientMessageId", "retry-7"));

        assertThat(retry.path("messageId")).isEqualTo(first.path("messageId"));
        assertThat(api.get("/api/chatrooms/" + room + "/messages").token(alice).send().expect(200).body()
                .path("messages").size()).isEqualTo(1);
    }

    @Test
    void history_pages_without_gaps_or_duplicates_in_both_directions() {
        String room = groupRoom();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sent.add(sendText(i % 2 == 0 ? alice : bob, room, "m" + i).path("messageId").asString());
        }
        String base = "/api/chatrooms/" + room + "/messages";

        List<String> backwards = new ArrayList<>();
        JsonNode page = api.get(base + "?limit=50").token(carol).send().expect(200).body();
        collect(page, backwards);
        while (page.path("hasMore").asBoolean()) {
            page = api.get(base + "?limit=50&before=" + backwards.getLast()).token(carol).send().expect(200).body();
            collect(page, backwards);
        }
        List<String> forwards = new ArrayList<>(List.of(sent.getFirst()));
        do {
            page = api.get(base + "?limit=17&after=" + forwards.getLast()).token(carol).send().expect(200).body();
            List<String> chunk = new ArrayList<>();
            collect(page, chunk);
            forwards.addAll(chunk.reversed());
        } while (page.path("hasMore").asBoolean());

        assertThat(backwards).containsExactlyElementsOf(sent.reversed());
        assertThat(forwards).containsExactlyElementsOf(sent);
        assertThat(api.get(base).token(carol).send().expect(200).body().path("messages").size()).isEqualTo(50);
    }

    @Test
    void history_limits_and_cursors_are_checked() {
        String room = groupRoom();
        String base = "/api/chatrooms/" + room + "/messages";

        api.get(base + "?limit=101").token(alice).send().problem(400, "LIMIT_TOO_LARGE");
        api.get(base + "?limit=0").token(alice).send().problem(400, "VALIDATION_FAILED");
        api.get(base + "?limit=abc").token(alice).send().problem(400, "VALIDATION_FAILED");
        api.get(base + "?before=xyz").token(alice).send().problem(400, "VALIDATION_FAILED");
        api.get(base + "?before=5&after=6").token(alice).send().problem(400, "VALIDATION_FAILED");
        api.get(base).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        api.get(base).send().problem(401, "UNAUTHORIZED");
    }

    @Test
    void public_room_history_is_readable_without_a_token() {
        String room = createRoom(alice, Map.of("name", "lobby", "visibility", "public"));
        sendText(alice, room, "welcome");

        JsonNode anonymous = api.get("/api/chatrooms/" + room + "/messages").send().expect(200).body();

        assertThat(anonymous.path("messages").get(0).path("content").asString()).isEqualTo("welcome");
        api.get("/api/chatrooms/" + room).send().expect(200);
    }

    @Test
    void the_author_edits_and_deletes_and_a_moderator_deletes_members_messages() {
        String room = groupRoom();
        String base = "/api/chatrooms/" + room + "/messages/";
        String byBob = sendText(bob, room, "helo").path("messageId").asString();
        String byCarol = sendText(carol, room, "spam").path("messageId").asString();

        JsonNode edited = api.patch(base + byBob).token(bob).json(Map.of("content", "hello")).send().expect(200).body();
        api.patch(base + byBob).token(alice).json(Map.of("content", "x")).send().problem(403, "FORBIDDEN");
        api.delete(base + byCarol).token(bob).send().problem(403, "FORBIDDEN");
        api.delete(base + byCarol).token(alice).send().expect(204);
        api.delete(base + byBob).token(bob).send().expect(204);
        api.delete(base + byBob).token(bob).send().problem(404, "MESSAGE_NOT_FOUND");
        api.patch(base + "123456").token(bob).json(Map.of("content", "x")).send().problem(404, "MESSAGE_NOT_FOUND");
        api.delete(base + byBob).send().problem(401, "UNAUTHORIZED");

        assertThat(edited.path("content").asString()).isEqualTo("hello");
        assertThat(edited.path("editedAt").asString()).isNotBlank();
        assertThat(api.get("/api/chatrooms/" + room + "/messages").token(alice).send().expect(200).body()
                .path("messages").size()).isZero();
    }

    @Test
    void reactions_are_sets_with_counts_and_the_callers_own() {
        String room = groupRoom();
        String message = sendText(alice, room, "react").path("messageId").asString();
        String reactions = "/api/chatrooms/" + room + "/messages/" + message + "/reactions/";

        api.put(reactions + "like").token(bob).send().expect(200);
        JsonNode twice = api.put(reactions + "like").token(bob).send().expect(200).body();
        JsonNode carolLoves = api.put(reactions + "love").token(carol).send().expect(200).body();
        JsonNode removed = api.delete(reactions + "like").token(bob).send().expect(200).body();

        assertThat(twice.path("reactions").path("like").asLong()).isEqualTo(1);
        assertThat(twice.path("myReactions").get(0).asString()).isEqualTo("like");
        assertThat(carolLoves.path("reactions").path("love").asLong()).isEqualTo(1);
        assertThat(removed.path("reactions").has("like")).isFalse();
        api.put(reactions + "wow").token(bob).send().problem(400, "INVALID_REACTION");
        api.put(reactions + "like").token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        JsonNode seen = api.get("/api/chatrooms/" + room + "/messages").token(carol).send().expect(200).body()
                .path("messages").get(0);
        assertThat(seen.path("reactions").path("love").asLong()).isEqualTo(1);
        assertThat(seen.path("myReactions").get(0).asString()).isEqualTo("love");
    }

    @Test
    void marking_read_moves_forward_and_lowers_unread_counts() {
        String room = groupRoom();
        String first = sendText(bob, room, "1").path("messageId").asString();
        String second = sendText(bob, room, "2").path("messageId").asString();
        sendText(bob, room, "3");
        String read = "/api/chatrooms/" + room + "/messages/";

        JsonNode afterSecond = api.post(read + second + "/read").token(alice).send().expect(200).body();
        JsonNode backwards = api.post(read + first + "/read").token(alice).send().expect(200).body();

        assertThat(afterSecond.path("unreadCount").asInt()).isEqualTo(1);
        assertThat(backwards.path("unreadCount").asInt()).isEqualTo(1);
        api.post(read + first + "/read").token(dave).send().problem(403, "NOT_A_PARTICIPANT");
    }

    @Test
    void search_finds_a_rooms_messages() {
        String room = groupRoom();
        sendText(alice, room, "meet at noon");
        sendText(bob, room, "NOON works");
        sendText(bob, room, "lunch");

        JsonNode found = api.get("/api/chatrooms/" + room + "/messages/search?q=noon").token(carol).send().expect(200).body();

        assertThat(found.path("messages").size()).isEqualTo(2);
        api.get("/api/chatrooms/" + room + "/messages/search").token(carol).send().problem(400, "VALIDATION_FAILED");
        api.get("/api/chatrooms/" + room + "/messages/search?q=noon").token(dave).send().problem(403, "NOT_A_PARTICIPANT");
    }

    @Test
    void presence_says_offline_for_users_without_connections() {
        JsonNode presence = api.get("/api/users/bob/presence").token(alice).send().expect(200).body();

        assertThat(presence.path("userId").asString()).isEqualTo("bob");
        assertThat(presence.path("online").asBoolean()).isFalse();
        api.get("/api/users/bob/presence").send().problem(401, "UNAUTHORIZED");
    }

    // --- internal API ------------------------------------------------------------------------------

    @Test
    void the_internal_api_needs_the_service_token_and_posts_system_messages() {
        String room = groupRoom();
        Map<String, Object> notice = Map.of("roomId", room, "content", "maintenance at 10");

        api.post("/api/internal/v1/messages").json(notice).send().problem(401, "UNAUTHORIZED");
        api.post("/api/internal/v1/messages").header("X-Service-Token", "wrong").json(notice).send()
                .problem(401, "UNAUTHORIZED");
        api.post("/api/internal/v1/messages").token(alice).json(notice).send().problem(401, "UNAUTHORIZED");
        JsonNode posted = api.post("/api/internal/v1/messages").header("X-Service-Token", "s3rvice-token").json(notice)
                .send().expect(201).body();
        JsonNode onBehalf = api.post("/api/internal/v1/messages").header("X-Service-Token", "s3rvice-token")
                .json(Map.of("roomId", room, "userId", "bob", "content", "sent by the app")).send().expect(201).body();

        assertThat(posted.path("messageType").asString()).isEqualTo("system");
        assertThat(onBehalf.path("userId").asString()).isEqualTo("bob");
    }

    @Test
    void the_internal_api_reports_presence_pushes_notifications_and_applies_user_events() {
        // Users of their own: the status changes below outlive this test in the shared application context.
        String erin = api.devToken("erin", "Erin");
        String room = createRoom(alice, Map.of("name", "events", "participantIds", List.of("bob", "erin")));
        String service = "s3rvice-token";

        api.post("/api/internal/v1/users/status").header("X-Service-Token", service)
                .json(Map.of("userId", "frank", "connectionId", "sig-1", "connected", true)).send().expect(202);
        assertThat(api.get("/api/users/frank/presence").token(alice).send().expect(200).body().path("online").asBoolean())
                .isTrue();
        api.post("/api/internal/v1/notifications").header("X-Service-Token", service)
                .json(Map.of("userId", "bob", "type", "mention", "message", "hi")).send().expect(202);
        api.post("/api/internal/v1/notifications").header("X-Service-Token", service)
                .json(Map.of("userId", "bob")).send().problem(400, "VALIDATION_FAILED");
        api.post("/api/internal/v1/users/events").header("X-Service-Token", service)
                .json(Map.of("userId", "erin", "status", "INACTIVE")).send().expect(202);
        api.post("/api/chatrooms/" + room + "/messages").token(erin).json(Map.of("content", "hi")).send()
                .problem(403, "USER_INACTIVE");
        api.post("/api/internal/v1/users/events").header("X-Service-Token", service)
                .json(Map.of("userId", "erin", "status", "DELETED")).send().expect(202);
        assertThat(roles(api.get("/api/chatrooms/" + room).token(alice).send().expect(200).body())).doesNotContainKey("erin");
        api.get("/api/chatrooms").token(erin).send().problem(403, "USER_SUSPENDED");
        api.post("/api/internal/v1/users/events").header("X-Service-Token", service)
                .json(Map.of("userId", "erin", "status", "GONE")).send().problem(400, "VALIDATION_FAILED");
    }

    // --- helpers -----------------------------------------------------------------------------------

    static void collect(JsonNode page, List<String> into) {
        page.path("messages").forEach(m -> into.add(m.path("messageId").asString()));
    }

    static Map<String, String> roles(JsonNode room) {
        Map<String, String> roles = new java.util.HashMap<>();
        room.path("participants").forEach(p -> roles.put(p.path("userId").asString(), p.path("role").asString()));
        return roles;
    }

    static Map<String, String> displayNames(JsonNode room) {
        Map<String, String> names = new java.util.HashMap<>();
        room.path("participants").forEach(p -> names.put(p.path("userId").asString(), p.path("displayName").asString()));
        return names;
    }
}
