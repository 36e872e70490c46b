package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log lines of a REST chat carry its user and room ({@code [timestamp] [LEVEL] [PID] [userId] [roomId] -
 * message}): rooms created and deleted and participants added and removed at INFO, every request at DEBUG when its
 * logger is set so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.io.doran.chat.adapters.web.log=debug")
@ExtendWith(OutputCaptureExtension.class)
class RestLogContextTest {

    @LocalServerPort
    int port;

    @Test
    void the_lines_of_a_rest_chat_carry_its_user_and_room(CapturedOutput output) {
        Api api = new Api(port);
        String alice = "alice-" + UUID.randomUUID();
        String token = api.devToken(alice, "Alice");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "logged", "participantIds", List.of("bob", "carol"))).send().expect(201).text("roomId");
        api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "hello")).send().expect(201);
        api.get("/api/chatrooms/" + room + "/messages").token(token).send().expect(200);
        api.delete("/api/chatrooms/" + room + "/participants/carol").token(token).send().expect(204);
        api.delete("/api/chatrooms/" + room).token(token).send().expect(204);
        api.get("/actuator/health").send().expect(200);

        String context = "[" + alice + "] [" + room + "] - ";
        assertThat(line(output, "Room " + room + " created by " + alice)).contains("[INFO]").contains("[" + alice + "] [");
        assertThat(line(output, "POST /api/chatrooms -> 201")).contains(context);
        assertThat(line(output, "POST /api/chatrooms/" + room + "/messages -> 201")).contains("[DEBUG]").contains(context);
        assertThat(line(output, "GET /api/chatrooms/" + room + "/messages -> 200")).contains(context);
        assertThat(line(output, "User carol removed from room " + room + " by " + alice)).contains("[INFO]").contains(context);
        assertThat(line(output, "Room " + room + " deleted by " + alice)).contains("[INFO]").contains(context);
        assertThat(line(output, "DELETE /api/chatrooms/" + room + " -> 204")).contains(context);
        assertThat(output.getOut().lines().filter(l -> l.contains("GET /actuator/health -> 200")).toList())
                .isNotEmpty().allSatisfy(l -> assertThat(l).contains("[] [] - "));
    }

    @Test
    void a_room_id_that_is_not_one_stays_out_of_the_log_context(CapturedOutput output) {
        Api api = new Api(port);
        String bob = "bob-" + UUID.randomUUID();
        api.get("/api/chatrooms/not-a-room/messages").token(api.devToken(bob, null)).send().expect(400);

        assertThat(line(output, "GET /api/chatrooms/not-a-room/messages -> 400")).contains("[" + bob + "] [] - ");
    }

    /** The one line that contains {@code text}, last first (a test's own lines are the newest). */
    static String line(CapturedOutput output, String text) {
        List<String> lines = output.getOut().lines().filter(l -> l.contains(text)).toList();
        assertThat(lines).as("log lines containing %s", text).isNotEmpty();
        return lines.getLast();
    }
}
