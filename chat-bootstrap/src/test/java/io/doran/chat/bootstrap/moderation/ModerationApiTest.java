package io.doran.chat.bootstrap.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Moderation end to end (issue 18) over real HTTP and WebSocket on the embedded default: bans, mutes and reports as
 * the role order allows, their refusals as problem codes and {@code error} frames, their live frames.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000",
        "chat.internal.service-token=s3rvice-token"})
public class ModerationApiTest {

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
        alice = api.devToken("alice", "Alice");
        bob = api.devToken("bob", "Bob");
        carol = api.devToken("carol", "Carol");
        dave = api.devToken("dave", "Dave");
    }

    /** alice admin, bob sub-admin, carol and dave members. */
    String room() {
        String room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "moderated", "participantIds", List.of("bob", "carol", "dave"))).send().expect(201)
                .text("roomId");
        api.patch("/api/chatrooms/" + room + "/participants/bob").token(alice).json(Map.of("role", "sub-admin"))
                .send().expect(200);
        return room;
    }

    Api.Response send(String token, String room, String text) {
        return api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", text)).send();
    }

    static Map<String, Object> frame(Object... pairs) {
        Map<String, Object> frame = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            frame.put((String) pairs[i], pairs[i + 1]);
        }
        return frame;
    }

    @Test
    void a_banned_member_is_removed_refused_until_unbanned_and_listed_meanwhile() {
        String room = room();

        JsonNode ban = api.post("/api/chatrooms/" + room + "/bans").token(bob)
                .json(Map.of("userId", "carol", "reason", "spam", "minutes", 60)).send().expect(201).body();

        assertThat(ban.path("userId").asString()).isEqualTo("carol");
        assertThat(ban.path("bannedBy").asString()).isEqualTo("bob");
        assertThat(ban.path("reason").asString()).isEqualTo("spam");
        assertThat(ban.path("until").asString()).isNotBlank();
        JsonNode participants = api.get("/api/chatrooms/" + room).token(alice).send().expect(200).body().path("participants");
        assertThat(participants.valueStream().map(p -> p.path("userId").asString())).doesNotContain("carol");
        api.post("/api/chatrooms/" + room + "/participants").token(alice).json(Map.of("userId", "carol")).send()
                .problem(403, "BANNED");
        assertThat(api.get("/api/chatrooms/" + room + "/bans").token(alice).send().expect(200).body().path("bans")
                .valueStream().map(b -> b.path("userId").asString())).containsExactly("carol");
        api.get("/api/chatrooms/" + room + "/bans").token(dave).send().problem(403, "FORBIDDEN");

        api.delete("/api/chatrooms/" + room + "/bans/carol").token(alice).send().expect(204);

        api.post("/api/chatrooms/" + room + "/participants").token(alice).json(Map.of("userId", "carol")).send().expect(201);
        assertThat(api.get("/api/chatrooms/" + room + "/bans").token(alice).send().expect(200).body().path("bans")
                .isEmpty()).isTrue();
    }

    @Test
    void who_may_ban_follows_the_role_order_and_nobody_bans_the_last_admin() {
        String room = room();

        api.post("/api/chatrooms/" + room + "/bans").token(carol).json(Map.of("userId", "dave")).send()
                .problem(403, "FORBIDDEN");
        api.post("/api/chatrooms/" + room + "/bans").token(bob).json(Map.of("userId", "alice")).send()
                .problem(403, "FORBIDDEN");
        api.post("/api/chatrooms/" + room + "/bans").token(alice).json(Map.of("userId", "alice")).send()
                .problem(403, "FORBIDDEN");
        api.post("/api/chatrooms/" + room + "/bans").token(alice).json(Map.of("userId", "dave", "minutes", 0)).send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms/" + room + "/bans").token(alice).json(Map.of("userId", "bob")).send().expect(201);
    }

    @Test
    void a_muted_member_reads_but_cannot_send_over_rest_or_websocket_until_unmuted() {
        String room = room();
        send(carol, room, "before the mute").expect(201);
        try (WsClient carolLive = WsClientAccess.withToken(port, carol);
             WsClient aliceLive = WsClientAccess.withToken(port, alice)) {
            WsClientAccess.join(carolLive, room);
            WsClientAccess.join(aliceLive, room);

            JsonNode mute = api.post("/api/chatrooms/" + room + "/mutes").token(bob)
                    .json(Map.of("userId", "carol", "minutes", 10)).send().expect(201).body();
            assertThat(mute.path("until").asString()).isNotBlank();

            JsonNode muted = WsClientAccess.await(aliceLive, "user-muted");
            assertThat(muted.path("roomId").asString()).isEqualTo(room);
            assertThat(muted.path("userId").asString()).isEqualTo("carol");
            assertThat(muted.path("by").asString()).isEqualTo("bob");
            assertThat(muted.path("muted").asBoolean()).isTrue();
            send(carol, room, "while muted").problem(403, "MUTED");
            api.post("/api/internal/v1/messages").header("X-Service-Token", "s3rvice-token")
                    .json(Map.of("roomId", room, "userId", "carol", "content", "on carol's behalf")).send()
                    .problem(403, "MUTED");
            WsClientAccess.send(carolLive, frame("type", "send-message", "roomId", room, "content", "live, muted",
                    "ref", "m1"));
            JsonNode error = WsClientAccess.await(carolLive, frame -> "error".equals(frame.path("type").asString())
                    && "m1".equals(frame.path("ref").asString()), "error frame");
            assertThat(error.path("code").asString()).isEqualTo("MUTED");
            assertThat(api.get("/api/chatrooms/" + room + "/messages").token(carol).send().expect(200).body()
                    .path("messages").isEmpty()).as("a muted member still reads").isFalse();

            api.delete("/api/chatrooms/" + room + "/mutes/carol").token(alice).send().expect(204);

            JsonNode lifted = WsClientAccess.await(aliceLive, frame -> "user-muted".equals(frame.path("type").asString())
                    && !frame.path("muted").asBoolean(), "mute lifted");
            assertThat(lifted.path("userId").asString()).isEqualTo("carol");
            send(carol, room, "after the mute").expect(201);
        }
    }

    @Test
    void a_ban_is_told_to_the_room_live_and_takes_the_user_out() {
        String room = room();
        try (WsClient daveLive = WsClientAccess.withToken(port, dave);
             WsClient aliceLive = WsClientAccess.withToken(port, alice)) {
            WsClientAccess.join(daveLive, room);
            WsClientAccess.join(aliceLive, room);

            api.post("/api/chatrooms/" + room + "/bans").token(alice).json(Map.of("userId", "dave")).send().expect(201);

            JsonNode banned = WsClientAccess.await(aliceLive, "user-banned");
            assertThat(banned.path("userId").asString()).isEqualTo("dave");
            assertThat(banned.path("by").asString()).isEqualTo("alice");
            assertThat(banned.path("until").isNull() || banned.path("until").isMissingNode()).as("for good").isTrue();
            WsClientAccess.await(aliceLive, "participant-removed");
            WsClientAccess.await(daveLive, "room-left");
            send(dave, room, "let me back").problem(403, "NOT_A_PARTICIPANT");
        }
    }

    @Test
    void members_report_others_messages_and_moderators_and_services_read_the_reports() {
        String room = room();
        String messageId = send(dave, room, "something nasty").expect(201).text("messageId");

        JsonNode report = api.post("/api/chatrooms/" + room + "/messages/" + messageId + "/reports").token(carol)
                .json(Map.of("reason", "harassment")).send().expect(201).body();
        api.post("/api/chatrooms/" + room + "/messages/" + messageId + "/reports").token(dave)
                .json(Map.of("reason", "my own")).send().problem(403, "FORBIDDEN");
        api.post("/api/chatrooms/" + room + "/messages/" + messageId + "/reports").token(carol)
                .json(Map.of("reason", " ")).send().problem(400, "VALIDATION_FAILED");

        assertThat(report.path("reportedBy").asString()).isEqualTo("carol");
        assertThat(report.path("authorId").asString()).isEqualTo("dave");
        JsonNode listed = api.get("/api/chatrooms/" + room + "/reports").token(bob).send().expect(200).body().path("reports");
        assertThat(listed.valueStream().map(r -> r.path("reportId").asString())).containsExactly(report.path("reportId").asString());
        assertThat(listed.get(0).path("reason").asString()).isEqualTo("harassment");
        api.get("/api/chatrooms/" + room + "/reports").token(carol).send().problem(403, "FORBIDDEN");
        api.get("/api/internal/v1/reports").send().expect(401);
        JsonNode all = api.get("/api/internal/v1/reports?limit=200").header("X-Service-Token", "s3rvice-token").send()
                .expect(200).body().path("reports");
        assertThat(all.valueStream().map(r -> r.path("reportId").asString())).contains(report.path("reportId").asString());
        api.get("/api/internal/v1/reports?limit=201").header("X-Service-Token", "s3rvice-token").send()
                .problem(400, "LIMIT_TOO_LARGE");
    }
}
