package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log lines of a live chat carry its user and room ({@code [timestamp] [LEVEL] [PID] [userId] [roomId] -
 * message}), over {@code /chat} and over Socket.IO: connections opened and closed and rooms joined and left at INFO,
 * refused handshakes at WARN; lines logged outside a frame carry no one's context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebSocketLogContextTest {

    @LocalServerPort
    int port;

    @Test
    void the_lines_of_a_chat_over_websocket_carry_its_user_and_room(CapturedOutput output) {
        Api api = new Api(port);
        String alice = "alice-" + UUID.randomUUID();
        String token = api.devToken(alice, "Alice");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "logged", "participantIds", List.of("bob"))).send().expect(201).text("roomId");

        try (WsClient client = WsClient.withToken(port, token)) {
            client.send(Map.of("type", "join-room", "roomId", room));
            client.await("room-joined");
            client.send(Map.of("type", "send-message", "roomId", room, "content", "hello"));
            client.await("new-message");
            client.send(Map.of("type", "leave-room", "roomId", room));
            client.await("room-left");
            client.send(Map.of("type", "ping"));
            client.await("pong");
        }
        HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/chat?token=not-a-token"), new WebSocket.Listener() { })
                .handle((socket, failure) -> null).join();

        String context = "[" + alice + "] [" + room + "] - ";
        assertThat(line(output, " opened over chat")).contains("[INFO]").contains("[" + alice + "] [] - ");
        assertThat(line(output, " joined room " + room)).contains("[INFO]").contains(context);
        assertThat(line(output, " left room " + room)).contains("[INFO]").contains(context);
        await(output, " over chat closed");
        assertThat(line(output, " over chat closed")).contains("[INFO]").contains("[" + alice + "] [] - ");
        assertThat(line(output, "Refused a /chat handshake: invalid_token")).contains("[WARN]").contains("[] [] - ");
    }

    @Test
    void the_lines_of_a_socket_io_chat_carry_its_user_and_room(CapturedOutput output) throws Exception {
        Api api = new Api(port);
        String carol = "carol-" + UUID.randomUUID();
        String token = api.devToken(carol, "Carol");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "logged", "participantIds", List.of("bob"))).send().expect(201).text("roomId");
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                URI.create("ws://localhost:" + port + "/socket.io/?EIO=4&transport=websocket"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        webSocket.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).join();
        assertThat(frames.poll(20, TimeUnit.SECONDS)).startsWith("0{");
        socket.sendText("40{\"token\":\"" + token + "\"}", true).join();
        assertThat(frames.poll(20, TimeUnit.SECONDS)).startsWith("40{");
        socket.sendText("421[\"join-room\",{\"roomId\":\"" + room + "\"}]", true).join();
        await(output, " joined room " + room);
        socket.sendText("41", true).join();
        await(output, " over socket.io closed");
        socket.abort();

        assertThat(line(output, " joined room " + room)).contains("[INFO]").contains("[" + carol + "] [" + room + "] - ");
        assertThat(line(output, " over socket.io closed")).contains("[INFO]").contains("[" + carol + "] [] - ");
    }

    /** Waits for a line logged on another thread (a connection closes after the client has gone). */
    static void await(CapturedOutput output, String text) {
        Await.until(() -> output.getOut().contains(text));
    }

    /** The one line that contains {@code text}, last first (a test's own lines are the newest). */
    static String line(CapturedOutput output, String text) {
        List<String> lines = output.getOut().lines().filter(l -> l.contains(text)).toList();
        assertThat(lines).as("log lines containing %s", text).isNotEmpty();
        return lines.getLast();
    }
}
