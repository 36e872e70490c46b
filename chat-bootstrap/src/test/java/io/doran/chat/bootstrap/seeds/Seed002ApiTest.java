package io.doran.chat.bootstrap.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 002 (Socket.IO realtime chat), its REST part replayed from its document (§6 message list, §7 delete)
 * against the started server: the document's shapes, and its 401 / 403 / 404 / 400 with its Korean messages.
 */
public class Seed002ApiTest extends SeedApiSuite {

    String kim;
    String lee;
    String kimToken;
    String leeToken;

    @BeforeEach
    void signIn() {
        kim = user("660e8400");
        lee = user("770e8400");
        kimToken = api.devToken(kim, "김철수");
        leeToken = api.devToken(lee, "이영희");
    }

    String room(String visibility) {
        return api.post("/api/chatrooms").token(kimToken)
                .json(Map.of("name", "동네 모임", "participantIds", List.of(lee), "visibility", visibility))
                .send().expect(201).text("roomId");
    }

    String send(String token, String room, String text) {
        return api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", text)).send()
                .expect(201).text("messageId");
    }

    static Api.Response korean(Api.Call call) {
        return call.header("Accept-Language", "ko").send();
    }

    @Test
    void the_message_list_of_a_public_room_needs_no_token_and_has_the_documents_shape() {
        String room = room("public");
        String id = send(kimToken, room, "안녕하세요!");

        JsonNode page = api.get("/api/rooms/" + room + "/messages?limit=50").send().expect(200).body();

        assertThat(page.path("hasMore").asBoolean()).isFalse();
        JsonNode message = page.path("messages").get(0);
        List<String> fields = new ArrayList<>();
        message.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("messageId", "userId", "nickname", "nicknameMask", "type",
                "content", "imageUrl", "createdAt");
        assertThat(message.path("messageId").asString()).isEqualTo(id);
        assertThat(message.path("userId").asString()).isEqualTo(kim);
        assertThat(message.path("nickname").asString()).isEqualTo("김철수");
        assertThat(message.path("nicknameMask").asString()).isEqualTo("김**");
        assertThat(message.path("type").asString()).isEqualTo("text");
        assertThat(message.path("content").asString()).isEqualTo("안녕하세요!");
        assertThat(message.path("imageUrl").isNull()).isTrue();
        assertThat(message.path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void the_message_list_pages_back_newest_first_with_before_and_has_more() {
        String room = room("public");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(send(i % 2 == 0 ? leeToken : kimToken, room, "m" + i));
        }

        JsonNode first = api.get("/api/rooms/" + room + "/messages?limit=3").send().expect(200).body();
        String oldest = first.path("messages").get(2).path("messageId").asString();
        JsonNode second = api.get("/api/rooms/" + room + "/messages?limit=3&before=" + oldest).send().expect(200).body();
        JsonNode defaults = api.get("/api/rooms/" + room + "/messages").send().expect(200).body();

        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        List<String> seen = new ArrayList<>();
        first.path("messages").forEach(m -> seen.add(m.path("messageId").asString()));
        second.path("messages").forEach(m -> seen.add(m.path("messageId").asString()));
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
        assertThat(defaults.path("messages").size()).isEqualTo(5);
    }

    @Test
    void the_documents_refusals_of_the_message_list_in_korean() {
        String secret = room("private");

        JsonNode tooMany = korean(api.get("/api/rooms/" + secret + "/messages?limit=101").token(kimToken))
                .problem(400, "LIMIT_TOO_LARGE").body();
        JsonNode missing = korean(api.get("/api/rooms/00000000-0000-0000-0000-000000000000/messages"))
                .problem(404, "ROOM_NOT_FOUND").body();
        JsonNode anonymous = korean(api.get("/api/rooms/" + secret + "/messages")).problem(401, "UNAUTHORIZED").body();

        assertThat(tooMany.path("detail").asString()).isEqualTo("limit은 100을 초과할 수 없습니다");
        assertThat(missing.path("detail").asString()).isEqualTo("방을 찾을 수 없습니다");
        assertThat(anonymous.path("detail").asString()).isEqualTo("인증이 필요합니다");
        assertThat(api.get("/api/rooms/" + secret + "/messages").token(leeToken).send().expect(200)
                .body().path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void the_author_deletes_a_message_by_its_id_alone_and_it_leaves_the_list() {
        String room = room("public");
        String id = send(leeToken, room, "지울 메시지");
        send(leeToken, room, "남을 메시지");

        JsonNode deleted = api.delete("/api/messages/" + id).header("Authorization", "Bearer " + leeToken).send()
                .expect(200).body();

        assertThat(deleted.toString()).isEqualTo("{\"success\":true}");
        JsonNode page = api.get("/api/rooms/" + room + "/messages").send().expect(200).body();
        assertThat(page.path("messages").size()).isEqualTo(1);
        assertThat(page.path("messages").get(0).path("content").asString()).isEqualTo("남을 메시지");
    }

    @Test
    void the_documents_refusals_of_delete_in_korean() {
        String room = room("private");
        String byKim = send(kimToken, room, "김의 메시지");
        String byLee = send(leeToken, room, "이의 메시지");
        api.delete("/api/messages/" + byLee).token(leeToken).send().expect(200);

        JsonNode anonymous = korean(api.delete("/api/messages/" + byKim)).problem(401, "UNAUTHORIZED").body();
        JsonNode notMine = korean(api.delete("/api/messages/" + byKim).token(leeToken)).problem(403, "FORBIDDEN").body();
        JsonNode gone = korean(api.delete("/api/messages/" + byLee).token(leeToken)).problem(404, "MESSAGE_NOT_FOUND").body();
        JsonNode unknown = korean(api.delete("/api/messages/123456789").token(leeToken))
                .problem(404, "MESSAGE_NOT_FOUND").body();

        assertThat(anonymous.path("detail").asString()).isEqualTo("인증이 필요합니다");
        assertThat(notMine.path("detail").asString()).isEqualTo("본인의 메시지만 삭제할 수 있습니다");
        assertThat(gone.path("detail").asString()).isEqualTo("메시지를 찾을 수 없습니다");
        assertThat(unknown.path("detail").asString()).isEqualTo("메시지를 찾을 수 없습니다");
        assertThat(api.get("/api/rooms/" + room + "/messages").token(kimToken).send().expect(200).body()
                .path("messages").get(0).path("messageId").asString()).isEqualTo(byKim);
    }

    @Test
    void a_deletion_by_message_id_reaches_the_websocket_clients_of_the_room() {
        String room = room("public");
        String id = send(leeToken, room, "곧 지워짐");

        try (WsClient kimSocket = WsClientAccess.withToken(port, kimToken)) {
            WsClientAccess.join(kimSocket, room);
            api.delete("/api/messages/" + id).token(leeToken).send().expect(200);

            JsonNode deleted = WsClientAccess.await(kimSocket, "message-deleted");
            assertThat(deleted.path("messageId").asString()).isEqualTo(id);
            assertThat(deleted.path("roomId").asString()).isEqualTo(room);
        }
    }
}
