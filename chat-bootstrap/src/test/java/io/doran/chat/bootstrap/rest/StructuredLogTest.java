package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With {@code logging.structured.format.console=ecs} every line is a JSON object, the user and room as fields. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "logging.level.io.doran.chat.adapters.web.log=debug"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** Spring Boot keeps the format in a system property: the applications started after this one log plain lines again. */
    @AfterAll
    static void plainLinesAgain() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    }

    @Test
    void json_lines_carry_the_user_and_the_room_as_fields(CapturedOutput output) {
        Api api = new Api(port);
        String alice = "alice-" + UUID.randomUUID();
        String token = api.devToken(alice, "Alice");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "json", "participantIds", List.of("bob"))).send().expect(201).text("roomId");
        api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "hello")).send().expect(201);

        List<JsonNode> lines = output.getOut().lines().filter(l -> l.contains(room)).map(JSON::readTree).toList();

        assertThat(lines).filteredOn(l -> l.path("message").asString().startsWith("POST /api/chatrooms/" + room + "/messages"))
                .singleElement().satisfies(line -> {
                    assertThat(line.path("log").path("level").asString()).isEqualTo("DEBUG");
                    assertThat(line.path("userId").asString()).isEqualTo(alice);
                    assertThat(line.path("roomId").asString()).isEqualTo(room);
                });
        assertThat(lines).filteredOn(l -> l.path("message").asString().equals("Room " + room + " created by " + alice + " with 2 participants"))
                .singleElement().satisfies(line -> assertThat(line.path("userId").asString()).isEqualTo(alice));
    }
}
