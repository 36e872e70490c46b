package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 over real HTTP on the embedded default: edit history, replies and threads, pins and mentions. A room of
 * alice (admin), bob (sub-admin) and carol (member); dave is outside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.edits-per-minute=10000", "chat.limits.request-burst=10000",
        "chat.limits.requests-per-second=10000"})
public class ThreadsApiTest {

    @LocalServerPort
    int port;

    Api api;
    String alice;
    String bob;
    String carol;
    String dave;
    String suffix;
    String room;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        suffix = Long.toString(System.nanoTime());
        alice = api.devToken(user("alice"), "Alice");
        bob = api.devToken(user("bob"), "Bob");
        carol = api.devToken(user("carol"), "Carol");
        dave = api.devToken(user("dave"), "Dave");
        room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "threads", "participantIds", List.of(user("bob"), user("carol"))))
                .send().expect(201).text("roomId");
        api.patch(path("/participants/" + user("bob"))).token(alice).json(Map.of("role", "sub-admin")).send().expect(200);
    }

    String user(String name) {
        return name + "-" + suffix;
    }

    String path(String tail) {
        return "/api/chatrooms/" + room + tail;
    }

    JsonNode send(String token, Map<String, Object> body) {
        return api.post(path("/messages")).token(token).json(body).send().expect(201).body();
    }

    String sendText(String token, String text) {
        return send(token, Map.of("content", text)).path("messageId").asString();
    }

    // --- edit history ------------------------------------------------------------------------------

    @Test
    void an_edited_message_counts_its_edits_and_its_author_reads_the_earlier_versions_oldest_first() {
        String id = sendText(carol, "first");
        assertThat(api.get(path("/messages")).token(carol).send().expect(200).body().path("messages").get(0)
                .path("editCount").asInt()).isZero();

        api.patch(path("/messages/" + id)).token(carol).json(Map.of("content", "second")).send().expect(200);
        JsonNode edited = api.patch(path("/messages/" + id)).token(carol).json(Map.of("content", "third")).send()
                .expect(200).body();
        JsonNode history = api.get(path("/messages/" + id + "/edits")).token(carol).send().expect(200).body();

        assertThat(edited.path("editCount").asInt()).isEqualTo(2);
        assertThat(api.get(path("/messages")).token(bob).send().expect(200).body().path("messages").get(0)
                .path("editCount").asInt()).isEqualTo(2);
        assertThat(history.path("messageId").asString()).isEqualTo(id);
        assertThat(history.path("editCount").asInt()).isEqualTo(2);
        assertThat(history.path("edits")).hasSize(2);
        assertThat(history.path("edits").get(0).path("revision").asInt()).isZero();
        assertThat(history.path("edits").get(0).path("content").asString()).isEqualTo("first");
        assertThat(history.path("edits").get(1).path("content").asString()).isEqualTo("second");
        assertThat(history.path("edits").get(1).path("writtenAt").asString())
                .isEqualTo(history.path("edits").get(0).path("replacedAt").asString());
        assertThat(history.path("edits").get(1).path("replacedAt").asString())
                .isEqualTo(edited.path("editedAt").asString());
    }

    @Test
    void the_edit_history_is_for_the_author_and_admins_only() {
        String id = sendText(carol, "first");
        api.patch(path("/messages/" + id)).token(carol).json(Map.of("content", "second")).send().expect(200);

        assertThat(api.get(path("/messages/" + id + "/edits")).token(alice).send().expect(200).body()
                .path("edits")).hasSize(1);
        api.get(path("/messages/" + id + "/edits")).token(bob).send().problem(403, "FORBIDDEN");
        api.get(path("/messages/" + id + "/edits")).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        api.get(path("/messages/" + id + "/edits")).send().problem(401, "UNAUTHORIZED");
        api.get(path("/messages/1/edits")).token(alice).send().problem(404, "MESSAGE_NOT_FOUND");
        api.get(path("/messages/x/edits")).token(alice).send().problem(400, "VALIDATION_FAILED");
        api.delete(path("/messages/" + id)).token(carol).send().expect(204);
        api.get(path("/messages/" + id + "/edits")).token(carol).send().problem(404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void a_message_never_edited_has_an_empty_history() {
        String id = sendText(carol, "as is");

        JsonNode history = api.get(path("/messages/" + id + "/edits")).token(carol).send().expect(200).body();

        assertThat(history.path("editCount").asInt()).isZero();
        assertThat(history.path("edits")).isEmpty();
    }

    // --- replies and threads -----------------------------------------------------------------------

    String reply(String token, String parent, String text) {
        return send(token, Map.of("content", text, "replyTo", parent)).path("messageId").asString();
    }

    @Test
    void a_reply_carries_its_parent_and_the_parent_its_reply_count() {
        String parent = sendText(alice, "x".repeat(150));

        JsonNode reply = send(bob, Map.of("content", "agreed", "replyTo", parent));
        JsonNode history = api.get(path("/messages")).token(carol).send().expect(200).body().path("messages");

        assertThat(reply.path("replyTo").path("messageId").asString()).isEqualTo(parent);
        assertThat(reply.path("replyTo").path("userId").asString()).isEqualTo(user("alice"));
        assertThat(reply.path("replyTo").path("excerpt").asString()).isEqualTo("x".repeat(100));
        assertThat(reply.path("replyCount").asInt()).isZero();
        assertThat(history.get(0).path("messageId").asString()).isEqualTo(reply.path("messageId").asString());
        assertThat(history.get(1).path("replyCount").asInt()).isEqualTo(1);
        assertThat(history.get(1).path("replyTo").isNull()).isTrue();
    }

    @Test
    void a_thread_pages_oldest_first_from_its_newest_reply() {
        String parent = sendText(alice, "question");
        for (int n = 1; n <= 5; n++) {
            reply(n % 2 == 0 ? bob : carol, parent, "answer " + n);
        }

        JsonNode newest = api.get(path("/messages/" + parent + "/replies?limit=3")).token(bob).send().expect(200).body();
        String oldestShown = newest.path("messages").get(0).path("messageId").asString();
        JsonNode older = api.get(path("/messages/" + parent + "/replies?limit=3&before=" + oldestShown)).token(bob)
                .send().expect(200).body();

        assertThat(contents(newest)).containsExactly("answer 3", "answer 4", "answer 5");
        assertThat(newest.path("hasMore").asBoolean()).isTrue();
        assertThat(contents(older)).containsExactly("answer 1", "answer 2");
        assertThat(older.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void a_deleted_parent_shows_no_excerpt_and_takes_no_more_replies() {
        String parent = sendText(alice, "question");
        String answer = reply(bob, parent, "answer");

        api.delete(path("/messages/" + parent)).token(alice).send().expect(204);

        JsonNode shown = api.get(path("/messages")).token(bob).send().expect(200).body().path("messages").get(0);
        assertThat(shown.path("messageId").asString()).isEqualTo(answer);
        assertThat(shown.path("replyTo").path("messageId").asString()).isEqualTo(parent);
        assertThat(shown.path("replyTo").path("excerpt").isNull()).isTrue();
        api.post(path("/messages")).token(carol).json(Map.of("content", "late", "replyTo", parent)).send()
                .problem(404, "MESSAGE_NOT_FOUND");
        api.get(path("/messages/" + parent + "/replies")).token(bob).send().problem(404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void bad_thread_requests_are_refused_with_problem_details() {
        String parent = sendText(alice, "question");

        api.post(path("/messages")).token(carol).json(Map.of("content", "x", "replyTo", "nope")).send()
                .problem(400, "VALIDATION_FAILED");
        api.get(path("/messages/" + parent + "/replies?limit=101")).token(bob).send().problem(400, "LIMIT_TOO_LARGE");
        api.get(path("/messages/" + parent + "/replies?limit=0")).token(bob).send().problem(400, "VALIDATION_FAILED");
        api.get(path("/messages/" + parent + "/replies")).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        String other = api.post("/api/chatrooms").token(dave).json(Map.of("name", "other", "participantIds",
                List.of(user("alice")))).send().expect(201).text("roomId");
        api.post("/api/chatrooms/" + other + "/messages").token(alice).json(Map.of("content", "x", "replyTo", parent))
                .send().problem(404, "MESSAGE_NOT_FOUND");
    }

    static List<String> contents(JsonNode page) {
        List<String> contents = new java.util.ArrayList<>();
        page.path("messages").forEach(m -> contents.add(m.path("content").asString()));
        return contents;
    }

    // --- pins --------------------------------------------------------------------------------------

    @Test
    void moderators_pin_and_unpin_and_everyone_reads_the_pins_most_recent_first() {
        String first = sendText(carol, "first");
        String second = sendText(carol, "second");

        api.put(path("/pins/" + first)).token(alice).send().expect(200);
        JsonNode pinned = api.put(path("/pins/" + second)).token(bob).send().expect(200).body();
        JsonNode read = api.get(path("/pins")).token(carol).send().expect(200).body();

        assertThat(pinned.path("pins")).hasSize(2);
        assertThat(read.path("pins").get(0).path("message").path("messageId").asString()).isEqualTo(second);
        assertThat(read.path("pins").get(0).path("pinnedBy").asString()).isEqualTo(user("bob"));
        assertThat(read.path("pins").get(0).path("pinnedAt").asString()).isNotBlank();
        assertThat(read.path("pins").get(1).path("message").path("content").asString()).isEqualTo("first");
        api.put(path("/pins/" + first)).token(alice).send().expect(200);
        api.delete(path("/pins/" + first)).token(bob).send().expect(204);
        api.delete(path("/pins/" + first)).token(bob).send().expect(204);
        assertThat(api.get(path("/pins")).token(carol).send().expect(200).body().path("pins")).hasSize(1);
        api.delete(path("/messages/" + second)).token(carol).send().expect(204);
        assertThat(api.get(path("/pins")).token(carol).send().expect(200).body().path("pins")).isEmpty();
    }

    @Test
    void members_may_not_pin_and_bad_pins_are_refused() {
        String id = sendText(carol, "mine");

        api.put(path("/pins/" + id)).token(carol).send().problem(403, "FORBIDDEN");
        api.delete(path("/pins/" + id)).token(carol).send().problem(403, "FORBIDDEN");
        api.put(path("/pins/" + id)).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        api.get(path("/pins")).token(dave).send().problem(403, "NOT_A_PARTICIPANT");
        api.put(path("/pins/1")).token(alice).send().problem(404, "MESSAGE_NOT_FOUND");
        api.put(path("/pins/x")).token(alice).send().problem(400, "VALIDATION_FAILED");
        api.put(path("/pins/" + id)).send().problem(401, "UNAUTHORIZED");
    }

    @Test
    void a_room_keeps_at_most_fifty_pins() {
        for (int n = 0; n < 50; n++) {
            api.put(path("/pins/" + sendText(carol, "m" + n))).token(alice).send().expect(200);
        }
        String oneMore = sendText(carol, "one more");

        api.put(path("/pins/" + oneMore)).token(alice).send().problem(409, "PIN_LIMIT_REACHED");
    }

    // --- mentions ----------------------------------------------------------------------------------

    int mentionCount(String token) {
        for (JsonNode summary : api.get("/api/chatrooms").token(token).send().expect(200).body()) {
            if (summary.path("roomId").asString().equals(room)) {
                return summary.path("mentionCount").asInt();
            }
        }
        throw new AssertionError("the room is not in the list");
    }

    @Test
    void a_message_lists_whom_it_mentions_and_the_room_list_counts_unread_mentions() {
        JsonNode sent = send(carol, Map.of("content", "@" + user("bob") + " and @" + user("dave") + ", look"));

        assertThat(sent.path("mentions")).hasSize(1);
        assertThat(sent.path("mentions").get(0).asString()).isEqualTo(user("bob"));
        assertThat(mentionCount(bob)).isEqualTo(1);
        assertThat(mentionCount(alice)).isZero();
        api.post(path("/messages/" + sent.path("messageId").asString() + "/read")).token(bob).send().expect(200);
        assertThat(mentionCount(bob)).isZero();
    }

    @Test
    void at_room_mentions_everyone_from_moderators_only() {
        JsonNode fromAdmin = send(alice, Map.of("content", "@room meeting at 3"));
        JsonNode fromMember = send(carol, Map.of("content", "@room me too"));

        assertThat(fromAdmin.path("mentions")).hasSize(2);
        assertThat(fromMember.path("mentions")).isEmpty();
        assertThat(mentionCount(carol)).isEqualTo(1);
    }
}
