package io.doran.chat.bootstrap.hostile;

import static io.doran.chat.bootstrap.hostile.RawHttp.chunk;
import static io.doran.chat.bootstrap.hostile.RawHttp.chunked;
import static io.doran.chat.bootstrap.hostile.RawHttp.concat;
import static io.doran.chat.bootstrap.hostile.RawHttp.head;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over REST (issue 15), on the embedded default; {@code ProductionHostileRestTest} runs
 * it on {@code scylla,redis}. Each case failed on the code before the issue was fixed, except the JDK
 * client's keep-alive loop, which failed only now and then (its raw-socket twin fails every time).
 */
class HostileRestTest extends HostileServer {

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    RawHttp.Response rawPost(String path, String token, byte[] body) throws IOException {
        try (RawHttp http = raw()) {
            http.send(head("POST", path, bearer(token), "Content-Type: application/json",
                    "Content-Length: " + body.length), body);
            return http.read();
        }
    }

    static void problem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo(code);
    }

    // --- 1. bodies are limited however they are framed -------------------------------------------

    @Test
    void a_chunked_room_body_of_90_kb_is_refused_with_413() throws IOException {
        String alice = token(user("alice"));
        byte[] body = utf8("{\"name\":\"" + "x".repeat(90 * 1024) + "\",\"participantIds\":[\"" + user("bob") + "\"]}");

        try (RawHttp http = raw()) {
            http.send(head("POST", "/api/chatrooms", bearer(alice), "Content-Type: application/json",
                    "Transfer-Encoding: chunked"), chunked(body));
            RawHttp.Response response = http.read();

            problem(response, 413, "PAYLOAD_TOO_LARGE");
        }
        assertThat(api.get("/api/chatrooms").token(alice).send().expect(200).body().size()).isZero();
    }

    @Test
    void a_10_mb_chunked_message_is_refused_as_too_large_not_parsed_whole() throws Exception {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));

        try (RawHttp http = raw()) {
            http.send(head("POST", "/api/chatrooms/" + room + "/messages", bearer(alice), "Content-Type: application/json",
                    "Transfer-Encoding: chunked"));
            Thread sender = http.streamChunked(utf8("{\"content\":\""), 10L * 1024 * 1024, utf8("\"}"));
            RawHttp.Response response = http.read();
            http.close();
            sender.join();

            problem(response, 413, "PAYLOAD_TOO_LARGE");
            assertThat(response.closesConnection()).isTrue();
        }
    }

    @Test
    void a_chunked_body_that_never_ends_is_answered_as_soon_as_it_passes_the_limit() throws IOException {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));

        try (RawHttp http = raw()) {
            http.send(head("POST", "/api/chatrooms/" + room + "/messages", bearer(alice), "Content-Type: application/json",
                    "Transfer-Encoding: chunked"), chunk(utf8("{\"content\":\"" + "a".repeat(MAX_BODY + 100))));

            problem(http.read(), 413, "PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void concurrent_huge_chunked_bodies_of_one_user_are_refused_and_the_server_stays_healthy() throws Exception {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        List<RawHttp> connections = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RawHttp http = raw();
            connections.add(http);
            http.send(head("POST", "/api/chatrooms/" + room + "/messages", bearer(alice), "Content-Type: application/json",
                    "Transfer-Encoding: chunked"));
            senders.add(http.streamChunked(utf8("{\"content\":\""), 95L * 1024 * 1024, utf8("\"}")));
        }

        List<Integer> statuses = new ArrayList<>();
        for (RawHttp http : connections) {
            RawHttp.Response response = http.read();
            statuses.add(response.status());
            problem(response, 413, "PAYLOAD_TOO_LARGE");
            http.close();
        }
        for (Thread sender : senders) {
            sender.join();
        }

        assertThat(statuses).containsOnly(413);
        assertThat(api.get("/actuator/health").send().expect(200).text("status")).isEqualTo("UP");
        api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "still here")).send().expect(201);
    }

    // --- 4. text the stores cannot keep ------------------------------------------------------------

    @Test
    void lone_surrogates_are_refused_on_every_surface_before_anything_is_stored() throws IOException {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"), user("carol"));
        String lone = "x\\ud800y";

        problem(rawPost("/api/chatrooms/" + room + "/messages", alice, utf8("{\"content\":\"" + lone + "\"}")),
                400, "VALIDATION_FAILED");
        problem(rawPost("/api/chatrooms", alice, utf8("{\"name\":\"" + lone + "\",\"participantIds\":[]}")),
                400, "VALIDATION_FAILED");
        problem(rawPost("/api/chatrooms", alice, utf8("{\"name\":\"ok\",\"postId\":\"" + lone + "\"}")),
                400, "VALIDATION_FAILED");
        problem(rawPost("/api/chatrooms/" + room + "/messages", alice,
                utf8("{\"content\":\"ok\",\"clientMessageId\":\"" + lone + "\"}")), 400, "VALIDATION_FAILED");
        try (RawHttp http = raw()) {
            byte[] rename = utf8("{\"name\":\"" + lone + "\"}");
            http.send(head("PATCH", "/api/chatrooms/" + room, bearer(alice), "Content-Type: application/json",
                    "Content-Length: " + rename.length), rename);
            problem(http.read(), 400, "VALIDATION_FAILED");
            byte[] displayName = utf8("{\"displayName\":\"" + lone + "\"}");
            http.send(head("PATCH", "/api/chatrooms/" + room + "/participants/" + user("alice"), bearer(alice),
                    "Content-Type: application/json", "Content-Length: " + displayName.length), displayName);
            problem(http.read(), 400, "VALIDATION_FAILED");
        }
        try (RawHttp http = raw()) {
            byte[] notice = utf8("{\"roomId\":\"" + room + "\",\"content\":\"" + lone + "\"}");
            http.send(head("POST", "/api/internal/v1/messages", "X-Service-Token: " + SERVICE_TOKEN,
                    "Content-Type: application/json", "Content-Length: " + notice.length), notice);
            problem(http.read(), 400, "VALIDATION_FAILED");
        }

        assertThat(contents(alice, room)).isEmpty();
        assertThat(api.get("/api/chatrooms").token(alice).send().expect(200).body().size()).isEqualTo(1);
        assertThat(api.get("/api/chatrooms/" + room).token(alice).send().expect(200).text("name")).isEqualTo("hostile");
    }

    @Test
    void text_of_invisible_characters_only_counts_as_empty() {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));

        api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "\u200B\uFEFF \u200E"))
                .send().problem(400, "EMPTY_CONTENT");
        api.post("/api/chatrooms").token(alice).json(Map.of("name", "\u200B\u202E", "participantIds", List.of()))
                .send().problem(400, "INVALID_ROOM_NAME");
        api.patch("/api/chatrooms/" + room).token(alice).json(Map.of("name", "\u2060\u00A0")).send()
                .problem(400, "INVALID_ROOM_NAME");

        assertThat(contents(alice, room)).isEmpty();
    }

    @Test
    void overlong_and_invalid_utf8_bytes_are_refused_not_decoded_into_other_text() throws IOException {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        byte[][] bodies = {
                concat(utf8("{\"content\":\"a"), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("b\"}")),
                concat(utf8("{\"content\":\"a"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("b\"}")),
                concat(utf8("{\"content\":\"a"), new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, utf8("\"}")),
                concat(utf8("{\"content\":\"a"), new byte[] {(byte) 0xFF}, utf8("b\"}")),
                concat(utf8("{\"content\":\"a"), new byte[] {(byte) 0xE2, (byte) 0x82}, utf8("\"}"))};

        for (byte[] body : bodies) {
            problem(rawPost("/api/chatrooms/" + room + "/messages", alice, body), 400, "VALIDATION_FAILED");
        }

        assertThat(contents(alice, room)).isEmpty();
        api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "a/b 한글 😀")).send()
                .expect(201);
    }

    // --- 5. one credential order, two users refused ------------------------------------------------

    @Test
    void credentials_of_two_users_in_one_request_are_refused_wherever_they_are() {
        String alice = token(user("alice"));
        String bob = token(user("bob"));

        api.get("/api/chatrooms").token(alice).header("Cookie", "jwt_token=" + bob).send()
                .problem(401, "AMBIGUOUS_CREDENTIALS");
        api.get("/api/chatrooms?token=" + bob).token(alice).send().problem(401, "AMBIGUOUS_CREDENTIALS");
        api.get("/api/chatrooms?token=" + alice).header("Cookie", "jwt_token=" + bob).send()
                .problem(401, "AMBIGUOUS_CREDENTIALS");
    }

    @Test
    void a_forged_credential_beside_a_valid_one_is_refused_whichever_carries_it() {
        String alice = token(user("alice"));

        api.get("/api/chatrooms").token(alice).header("Cookie", "jwt_token=forged.token.here").send()
                .problem(401, "INVALID_TOKEN");
        api.get("/api/chatrooms").token("forged.token.here").header("Cookie", "jwt_token=" + alice).send()
                .problem(401, "INVALID_TOKEN");
        api.get("/api/chatrooms?token=forged").header("Cookie", "jwt_token=" + alice).send()
                .problem(401, "INVALID_TOKEN");
    }

    @Test
    void two_tokens_of_one_user_or_a_cleared_cookie_beside_a_token_are_that_user() {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));

        api.get("/api/chatrooms/" + room).token(token(alice)).header("Cookie", "jwt_token=" + token(alice)).send()
                .expect(200);
        api.get("/api/chatrooms/" + room).token(token(alice)).header("Cookie", "jwt_token=").send().expect(200);
        api.get("/api/chatrooms/" + room + "?token=" + token(alice)).send().expect(200);
    }

    // --- 6. user ids are taken as they come --------------------------------------------------------

    @Test
    void a_token_whose_subject_is_padded_opens_nobody_elses_room() {
        String ann = user("ann");
        String room = room(token(ann), user("bob"));

        for (String padded : List.of(" " + ann, ann + " ", "\t" + ann, ann + "\u200B")) {
            api.get("/api/chatrooms/" + room).token(token(padded)).send().problem(401, "INVALID_TOKEN");
        }
        api.get("/api/chatrooms/" + room).token(token(ann)).send().expect(200);
    }

    @Test
    void padded_user_ids_in_paths_bodies_and_gateway_parameters_are_refused_not_trimmed() {
        String alice = token(user("alice"));
        String bob = user("bob");
        String room = room(alice, bob, user("carol"));

        api.post("/api/chatrooms").token(alice).json(Map.of("name", "x", "participantIds", List.of(" " + bob)))
                .send().problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms/" + room + "/participants").token(alice).json(Map.of("userId", user("dave") + " "))
                .send().problem(400, "VALIDATION_FAILED");
        api.delete("/api/chatrooms/" + room + "/participants/%20" + bob).token(alice).send()
                .problem(400, "VALIDATION_FAILED");
        api.get("/api/users/%20" + bob + "/presence").token(alice).send().problem(400, "VALIDATION_FAILED");
        api.post("/api/internal/v1/notifications").header("X-Service-Token", SERVICE_TOKEN)
                .json(Map.of("userId", " " + bob, "type", "t", "message", "m")).send().problem(400, "VALIDATION_FAILED");
        api.get("/api/chatrooms/" + room + "?user_id=%20" + bob).header("X-Gateway-Secret", GATEWAY_SECRET).send()
                .problem(401, "UNAUTHORIZED");

        assertThat(api.get("/api/chatrooms/" + room).token(alice).send().expect(200).body().path("userCount").asInt())
                .as("bob is still in the room").isEqualTo(3);
        api.get("/api/chatrooms/" + room + "?user_id=" + bob).header("X-Gateway-Secret", GATEWAY_SECRET).send()
                .expect(200);
    }

    // --- 7. early answers and keep-alive -----------------------------------------------------------

    @Test
    void a_post_refused_before_its_body_arrives_leaves_the_connection_usable_or_closes_it() throws IOException {
        byte[] body = utf8("{\"roomId\":\"00000000-0000-0000-0000-000000000000\",\"content\":\"hi\"}");
        try (RawHttp http = raw()) {
            http.send(head("POST", "/api/internal/v1/messages", "Content-Type: application/json",
                    "Content-Length: " + body.length));
            RawHttp.Response refused = http.read();
            problem(refused, 401, "UNAUTHORIZED");

            if (refused.closesConnection()) {
                assertThat(http.closedByServer()).isTrue();
            } else {
                http.send(body, head("GET", "/actuator/health"));
                assertThat(http.read().status()).as("the next request on the kept-alive connection").isEqualTo(200);
            }
        }
    }

    /** The JDK client pools connections: what made the internal-API test fail now and then. */
    @Test
    void a_keep_alive_client_never_loses_a_request_after_refused_posts() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String notice = "{\"roomId\":\"00000000-0000-0000-0000-000000000000\",\"content\":\"" + "n".repeat(60_000) + "\"}";
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/internal/v1/messages")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(notice)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(next.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_early_refusal_waits_for_the_rest_of_a_body_within_the_limit_and_keeps_the_connection() throws IOException {
        byte[] body = ("{\"roomId\":\"00000000-0000-0000-0000-000000000000\",\"content\":\"" + "n".repeat(30_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = raw()) {
            http.send(head("POST", "/api/internal/v1/messages", "Content-Type: application/json",
                    "Content-Length: " + body.length), java.util.Arrays.copyOf(body, 1_000));
            http.send(java.util.Arrays.copyOfRange(body, 1_000, body.length));
            RawHttp.Response refused = http.read();
            http.send(head("GET", "/actuator/health"));
            RawHttp.Response next = http.read();

            problem(refused, 401, "UNAUTHORIZED");
            assertThat(refused.closesConnection()).isFalse();
            assertThat(next.status()).isEqualTo(200);
        }
    }

    // --- 11. small holes ---------------------------------------------------------------------------

    @Test
    void trace_is_refused_without_echoing_the_request() throws IOException {
        String alice = token(user("alice"));
        try (RawHttp http = raw()) {
            http.send(head("TRACE", "/api/chatrooms", "Cookie: jwt_token=" + alice));
            RawHttp.Response response = http.read();

            problem(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(response.text()).doesNotContain(alice).doesNotContain("TRACE");
        }
    }

    @Test
    void values_of_the_wrong_json_type_are_refused_not_coerced() {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));

        api.post("/api/chatrooms/" + room + "/messages").token(alice).raw("{\"content\":123}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms/" + room + "/messages").token(alice).raw("{\"content\":true}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(alice).raw("{\"name\":\"x\",\"ttlHours\":1.5}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(alice).raw("{\"name\":\"x\",\"ttlHours\":\"5\"}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(alice).raw("{\"name\":\"x\",\"participantIds\":[7]}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/internal/v1/users/status").header("X-Service-Token", SERVICE_TOKEN)
                .raw("{\"userId\":\"" + user("bob") + "\",\"connectionId\":\"c1\",\"connected\":\"true\"}").send()
                .problem(400, "VALIDATION_FAILED");
        for (String limit : List.of("0x10", "+5", "%205", "1e1", "5.0", "%2310")) {
            api.get("/api/chatrooms/" + room + "/messages?limit=" + limit).token(alice).send()
                    .problem(400, "VALIDATION_FAILED");
            api.get("/api/rooms/" + room + "/messages?limit=" + limit).token(alice).send()
                    .problem(400, "VALIDATION_FAILED");
        }

        assertThat(contents(alice, room)).isEmpty();
        assertThat(api.get("/api/chatrooms").token(alice).send().expect(200).body().size()).isEqualTo(1);
        api.get("/api/chatrooms/" + room + "/messages?limit=16").token(alice).send().expect(200);
    }

    @Test
    void acting_on_someone_outside_the_room_says_the_target_is_not_a_participant() {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"), user("carol"));

        Api.Response removed = api.delete("/api/chatrooms/" + room + "/participants/" + user("dave")).token(alice).send()
                .problem(404, "PARTICIPANT_NOT_FOUND");
        api.patch("/api/chatrooms/" + room + "/participants/" + user("dave")).token(alice).json(Map.of("role", "sub-admin"))
                .send().problem(404, "PARTICIPANT_NOT_FOUND");

        assertThat(removed.text("detail")).isEqualTo("The user is not a participant of this room.");
    }
}
