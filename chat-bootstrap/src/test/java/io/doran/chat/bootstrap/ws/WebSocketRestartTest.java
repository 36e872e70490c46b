package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.adapters.ws.socketio.SocketIoConfiguration;
import io.doran.chat.bootstrap.rest.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The WebSocket adapter and the Socket.IO endpoint stopped and started again (as Spring's test context cache pauses a
 * context it does not use and restarts it when a later test class does) still disconnect closed connections and
 * sockets: they leave their rooms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    WsAdapterConfiguration webSocket;

    @Autowired
    SocketIoConfiguration socketIo;

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

    @Test
    void a_socket_io_socket_that_leaves_after_a_restart_still_leaves_its_rooms() {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String alice = api.devToken("restart-sa-" + run, "A");
        String bob = api.devToken("restart-sb-" + run, "B");
        String room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "restart", "participantIds", List.of("restart-sb-" + run))).send().expect(201)
                .text("roomId");
        socketIo.stop();
        socketIo.start();

        try (SocketIoClient a = SocketIoClient.connected(port, alice);
             SocketIoClient b = SocketIoClient.connected(port, bob)) {
            a.emitWithAck("join-room", Map.of("roomId", room));
            b.emitWithAck("join-room", Map.of("roomId", room));
            b.send("41/socket,");

            assertThat(a.awaitEvent("user-left").path("userId").asString()).isEqualTo("restart-sb-" + run);
        }
    }
}
