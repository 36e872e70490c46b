package io.doran.chat.bootstrap.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001 (gateway-trusted Django Channels chat), its REST routes replayed from its document against the
 * started server in gateway-trusted mode: the gateway says who the user is in {@code X-User-*} headers or
 * the {@code user_id}, {@code nickname}, {@code email}, {@code profile_url} parameters, with its secret.
 */
public class Seed001ApiTest extends SeedApiSuite {

    String mina;
    String joon;

    @BeforeEach
    void users() {
        mina = user("1");
        joon = user("2");
    }

    /** Through the gateway as mina, in headers (HTTP header values are ASCII: names in other scripts go in parameters). */
    Api.Call asMina(Api.Call call) {
        return call.header("X-User-Id", mina).header("X-User-Nickname", "Mina").header("X-User-Email", "user@example.com")
                .header("X-User-Profile-Url", "/media/profile.jpg").header("X-Gateway-Secret", GATEWAY_SECRET);
    }

    /** Through the gateway as joon, in query parameters as the document's gateway adds them. */
    String asJoon(String path) {
        return path + "?user_id=" + joon + "&nickname=" + URLEncoder.encode("준", StandardCharsets.UTF_8)
                + "&email=joon%40example.com&profile_url=%2Fmedia%2Fjoon.jpg";
    }

    Api.Call joon(Api.Call call) {
        return call.header("X-Gateway-Secret", GATEWAY_SECRET);
    }

    /** The document's create-room example. */
    JsonNode createRoom() {
        return asMina(api.post("/chat/v1/create-room/")).json(Map.of("name", "채팅방 이름", "post_id", 1)).send()
                .expect(201).body();
    }

    @Test
    void a_room_is_created_with_the_documents_body_and_listed_and_shown() {
        JsonNode created = createRoom();
        String room = created.path("id").asString();

        JsonNode rooms = asMina(api.get("/chat/v1/rooms/")).send().expect(200).body();
        JsonNode detail = asMina(api.get("/chat/v1/room/" + room + "/")).send().expect(200).body();

        assertThat(created.path("name").asString()).isEqualTo("채팅방 이름");
        assertThat(created.path("post_id").isNumber()).isTrue();
        assertThat(created.path("post_id").asInt()).isEqualTo(1);
        assertThat(created.path("created_at").asString()).isNotBlank();
        assertThat(created.path("user_count").asInt()).isEqualTo(1);
        assertThat(rooms.isArray()).isTrue();
        List<String> listed = new ArrayList<>();
        rooms.forEach(r -> listed.add(r.path("id").asString()));
        assertThat(listed).containsExactly(room);
        assertThat(rooms.get(0).path("post_id").asInt()).isEqualTo(1);
        assertThat(detail.path("id").asString()).isEqualTo(room);
        assertThat(detail.path("created_by").asString()).isEqualTo(mina);
        assertThat(detail.path("participants").get(0).path("user_id").asString()).isEqualTo(mina);
        assertThat(detail.path("participants").get(0).path("nickname").asString()).isEqualTo("Mina");
        assertThat(detail.path("messages").isArray()).isTrue();
        assertThat(detail.path("messages").size()).isZero();
    }

    @Test
    void anyone_the_gateway_vouches_for_posts_to_a_room_and_so_joins_it() {
        String room = createRoom().path("id").asString();

        JsonNode posted = joon(api.post(asJoon("/chat/v1/message/"))).json(Map.of("message", "안녕하세요!", "room", room))
                .send().expect(201).body();
        asMina(api.post("/chat/v1/message/")).json(Map.of("message", "반갑습니다!", "room", room)).send().expect(201);
        JsonNode detail = joon(api.get(asJoon("/chat/v1/room/" + room + "/"))).send().expect(200).body();
        JsonNode joonsRooms = joon(api.get(asJoon("/chat/v1/rooms/"))).send().expect(200).body();

        assertThat(posted.path("room").asString()).isEqualTo(room);
        assertThat(posted.path("user_id").asString()).isEqualTo(joon);
        assertThat(posted.path("message").asString()).isEqualTo("안녕하세요!");
        assertThat(posted.path("sender").asString()).isEqualTo("joon@example.com");
        assertThat(posted.path("nickname").asString()).isEqualTo("준");
        assertThat(posted.path("profile_picture_url").asString()).isEqualTo("/media/joon.jpg");
        assertThat(posted.path("id").asString()).isNotBlank();
        assertThat(posted.path("created_at").asString()).isNotBlank();
        assertThat(detail.path("user_count").asInt()).isEqualTo(2);
        assertThat(detail.path("messages")).extracting(m -> m.path("message").asString())
                .containsExactly("안녕하세요!", "반갑습니다!");
        assertThat(detail.path("messages").get(1).path("sender").asString()).isEqualTo("user@example.com");
        assertThat(detail.path("messages").get(1).path("profile_picture_url").asString()).isEqualTo("/media/profile.jpg");
        assertThat(joonsRooms).extracting(r -> r.path("id").asString()).containsExactly(room);
    }

    @Test
    void an_open_room_is_shown_to_anyone_vouched_for_before_they_join() {
        String room = createRoom().path("id").asString();

        JsonNode seen = joon(api.get(asJoon("/chat/v1/room/" + room))).send().expect(200).body();

        assertThat(seen.path("user_count").asInt()).isEqualTo(1);
        assertThat(joon(api.get(asJoon("/chat/v1/rooms"))).send().expect(200).body().size()).isZero();
    }

    @Test
    void without_the_gateway_secret_nobody_is_vouched_for() {
        String room = createRoom().path("id").asString();

        api.get("/chat/v1/rooms/").header("X-User-Id", mina).send().problem(401, "UNAUTHORIZED");
        api.post(asJoon("/chat/v1/message/")).json(Map.of("message", "x", "room", room)).send()
                .problem(401, "UNAUTHORIZED");
        api.post(asJoon("/chat/v1/message/")).header("X-Gateway-Secret", "wrong").json(Map.of("message", "x", "room", room))
                .send().problem(401, "UNAUTHORIZED");
        api.get("/chat/v1/rooms/").send().problem(401, "UNAUTHORIZED");
        assertThat(asMina(api.get("/chat/v1/room/" + room + "/")).send().expect(200).body().path("user_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_room_made_elsewhere_keeps_its_own_rules() {
        String token = api.devToken(mina, "Mina");
        String invitation = api.post("/api/chatrooms").token(token).json(Map.of("name", "private", "participantIds",
                List.of())).send().expect(201).text("roomId");

        joon(api.post(asJoon("/chat/v1/message/"))).json(Map.of("message", "let me in", "room", invitation)).send()
                .problem(403, "NOT_A_PARTICIPANT");
        joon(api.get(asJoon("/chat/v1/room/" + invitation + "/"))).send().problem(403, "NOT_A_PARTICIPANT");
        asMina(api.post("/chat/v1/message/")).json(Map.of("message", "mine", "room", invitation)).send().expect(201);
    }

    @Test
    void bad_bodies_are_refused_with_problem_details() {
        asMina(api.post("/chat/v1/message/")).json(Map.of("message", "안녕하세요!", "room", 1)).send()
                .problem(400, "VALIDATION_FAILED");
        asMina(api.post("/chat/v1/message/")).json(Map.of("message", "안녕하세요!")).send().problem(400, "VALIDATION_FAILED");
        asMina(api.post("/chat/v1/message/")).json(Map.of("message", " ", "room", createRoom().path("id").asString()))
                .send().problem(400, "EMPTY_CONTENT");
        asMina(api.post("/chat/v1/create-room/")).json(Map.of("post_id", 1)).send().problem(400, "INVALID_ROOM_NAME");
        asMina(api.post("/chat/v1/create-room/")).raw("{\"name\":").send().problem(400, "VALIDATION_FAILED");
        asMina(api.get("/chat/v1/room/00000000-0000-0000-0000-000000000000/")).send().problem(404, "ROOM_NOT_FOUND");
    }

    @Test
    void a_message_posted_by_rest_reaches_the_websocket_clients_of_the_room() {
        String room = createRoom().path("id").asString();
        String minaToken = api.devToken(mina, "Mina");

        try (WsClient socket = WsClientAccess.withToken(port, minaToken)) {
            WsClientAccess.join(socket, room);
            joon(api.post(asJoon("/chat/v1/message/"))).json(Map.of("message", "안녕하세요!", "room", room)).send()
                    .expect(201);

            JsonNode delivered = WsClientAccess.await(socket, "new-message");
            assertThat(delivered.path("content").asString()).isEqualTo("안녕하세요!");
            assertThat(delivered.path("userId").asString()).isEqualTo(joon);
            assertThat(delivered.path("displayName").asString()).isEqualTo("준");
        }
    }
}
