package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.bootstrap.rest.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The WebSocket adapter stopped and started again (as Spring's test context cache pauses a context it does not use
 * and restarts it when a later test class does) still disconnects closed connections: they leave their rooms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    WsAdapterConfiguration webSocket;

    @Test
    void a_connection_closed_after_a_restart_still_leaves_its_rooms() {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String alice = api.devToken("restart-a-" + run, "A");
        String bob = api.devToken("restart-b-" + run, "B");
        String room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "restart", "participantIds", List.of("restart-b-" + run))).send().expect(201)
                .text("roomId");
        webSocket.stop();
        webSocket.start();

        try (WsClient a = WsClient.withToken(port, alice)) {
            WsClientAccess.join(a, room);
            WsClient b = WsClient.withToken(port, bob);
            WsClientAccess.join(b, room);
            b.close();

            assertThat(a.await("user-left").path("userId").asString()).isEqualTo("restart-b-" + run);
        }
    }
}
