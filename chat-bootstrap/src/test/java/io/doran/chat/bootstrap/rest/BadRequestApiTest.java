package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every bad request a client can think of gets the right status and code, never a 500 (issue 3). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=3", "chat.limits.request-burst=40", "chat.limits.requests-per-second=1"})
class BadRequestApiTest {

    @LocalServerPort
    int port;

    Api api;
    String token;
    String room;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = api.devToken("tester-" + System.nanoTime(), "Tester");
        room = api.post("/api/chatrooms").token(token).json(Map.of("name", "bad", "participantIds", List.of("other")))
                .send().expect(201).text("roomId");
    }

    @Test
    void malformed_json_and_wrong_shapes_are_400() {
        api.post("/api/chatrooms").token(token).raw("{\"name\":").send().problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).raw("[1,2]").send().problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).raw("{\"name\":\"x\",\"participantIds\":\"bob\"}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).raw("{\"name\":\"x\",\"ttlHours\":\"soon\"}").send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).raw("").send().problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).raw("null").send().problem(400, "VALIDATION_FAILED");
    }

    @Test
    void invalid_values_get_their_own_codes() {
        api.post("/api/chatrooms").token(token).json(Map.of("name", "")).send().problem(400, "INVALID_ROOM_NAME");
        api.post("/api/chatrooms").token(token).json(Map.of("name", "x".repeat(101))).send().problem(400, "INVALID_ROOM_NAME");
        api.post("/api/chatrooms").token(token).json(Map.of("name", "x", "visibility", "secret")).send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).json(Map.of("name", "x", "ttlHours", 0)).send().problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).json(Map.of("name", "x", "ttlHours", 100000)).send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms").token(token).json(Map.of("name", "x", "participantIds", List.of(" "))).send()
                .problem(400, "VALIDATION_FAILED");
        api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "x", "clientMessageId",
                "c".repeat(65))).send().problem(400, "VALIDATION_FAILED");
    }

    @Test
    void bad_ids_in_paths_are_400_and_unknown_ones_404() {
        api.get("/api/chatrooms/not-a-uuid").token(token).send().problem(400, "VALIDATION_FAILED");
        api.get("/api/chatrooms/not-a-uuid/messages").token(token).send().problem(400, "VALIDATION_FAILED");
        api.patch("/api/chatrooms/" + room + "/messages/abc").token(token).json(Map.of("content", "x")).send()
                .problem(400, "VALIDATION_FAILED");
        api.delete("/api/chatrooms/" + room + "/messages/-5").token(token).send().problem(400, "VALIDATION_FAILED");
        api.get("/api/chatrooms/123e4567-e89b-12d3-a456-426614174000").token(token).send().problem(404, "ROOM_NOT_FOUND");
    }

    @Test
    void protocol_mistakes_get_problem_details_too() {
        api.get("/api/nothing-here").token(token).send().problem(404, "ENDPOINT_NOT_FOUND");
        api.put("/api/chatrooms").token(token).json(Map.of()).send().problem(405, "METHOD_NOT_ALLOWED");
        api.post("/api/chatrooms").token(token).header("Content-Type", "text/plain").raw("name=x").send()
                .problem(415, "UNSUPPORTED_MEDIA_TYPE");
        api.post("/api/chatrooms").token(token).raw("{\"name\":\"" + "x".repeat(70_000) + "\"}").send()
                .problem(413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void details_speak_korean_on_request() {
        Api.Response korean = api.get("/api/chatrooms/123e4567-e89b-12d3-a456-426614174000").token(token)
                .header("Accept-Language", "ko-KR,ko;q=0.9").send().problem(404, "ROOM_NOT_FOUND");
        Api.Response english = api.get("/api/chatrooms/123e4567-e89b-12d3-a456-426614174000").token(token).send()
                .problem(404, "ROOM_NOT_FOUND");

        assertThat(korean.text("detail")).isEqualTo("방을 찾을 수 없습니다");
        assertThat(english.text("detail")).isEqualTo("Room not found.");
    }

    @Test
    void sends_over_the_message_rate_are_429_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "m" + i)).send().expect(201);
        }

        Api.Response limited = api.post("/api/chatrooms/" + room + "/messages").token(token)
                .json(Map.of("content", "one too many")).send().problem(429, "RATE_LIMITED");

        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(limited.body().path("retryAfterMs").asLong()).isPositive();
    }

    @Test
    void requests_over_the_rest_rate_are_429() {
        String busy = api.devToken("busy-" + System.nanoTime(), "Busy");
        int limited = 0;
        for (int i = 0; i < 45 && limited == 0; i++) {
            Api.Response response = api.get("/api/chatrooms").token(busy).send();
            if (response.status() == 429) {
                response.problem(429, "RATE_LIMITED");
                limited++;
            } else {
                response.expect(200);
            }
        }

        assertThat(limited).isEqualTo(1);
    }
}
