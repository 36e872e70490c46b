package io.doran.chat.bootstrap.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 18 over Socket.IO with the real socket.io-client: the same event names and payloads as {@code /chat}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000"})
class ThreadsSocketIoTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void install() throws Exception {
        SeedClients.install();
    }

    @Test
    void replies_reply_counts_and_edit_counts_travel_over_socket_io() throws Exception {
        Api api = new Api(port);
        String suffix = Long.toString(System.nanoTime());
        String alice = "alice-" + suffix;
        String bob = "bob-" + suffix;
        Map<String, String> environment = new HashMap<>();
        environment.put("BASE_URL", "http://localhost:" + port);
        environment.put("ALICE_ID", alice);
        environment.put("BOB_ID", bob);
        environment.put("ALICE_TOKEN", api.devToken(alice, "Alice"));
        environment.put("BOB_TOKEN", api.devToken(bob, "Bob"));
        environment.put("ROOM_ID", api.post("/api/chatrooms").token(environment.get("ALICE_TOKEN"))
                .json(Map.of("name", "threads", "participantIds", List.of(bob, "carol-" + suffix)))
                .send().expect(201).text("roomId"));

        assertThat(SeedClients.run("threads", environment)).contains("PASS threads");
    }
}
