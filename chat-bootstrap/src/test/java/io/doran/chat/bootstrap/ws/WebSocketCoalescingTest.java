package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * With a wide coalescing window ({@code chat.ws.coalesce-window}), a burst of messages reaches every member exactly
 * once and in id order: the frames held back within a window leave together when it ends, none lost, none repeated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.ws.coalesce-window=20ms", "chat.limits.messages-per-minute=100000", "chat.limits.request-burst=100000",
        "chat.limits.requests-per-second=100000"})
class WebSocketCoalescingTest {

    static final int BURST = 300;

    @LocalServerPort
    int port;

    @Test
    void a_burst_reaches_every_member_once_and_in_order() throws Exception {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String senderToken = api.devToken("burst-" + run, "Burst");
        String readerToken = api.devToken("reader-" + run, "Reader");
        String room = api.post("/api/chatrooms").token(senderToken)
                .json(Map.of("name", "burst", "participantIds", List.of("reader-" + run))).send().expect(201).text("roomId");
        try (WsClient sender = WsClient.withToken(port, senderToken); WsClient reader = WsClient.withToken(port, readerToken)) {
            for (WsClient client : List.of(sender, reader)) {
                client.send(Map.of("type", "join-room", "roomId", room));
                client.await("room-joined");
            }

            for (int i = 0; i < BURST; i++) {
                sender.send(Map.of("type", "send-message", "roomId", room, "content", "burst " + i));
            }

            for (WsClient client : List.of(sender, reader)) {
                for (int round = 0; round < 100 && client.all("new-message").size() < BURST; round++) {
                    client.sync();
                }
                List<JsonNode> received = client.all("new-message");
                assertThat(received).extracting(f -> f.path("content").asString())
                        .containsExactlyElementsOf(IntStream.range(0, BURST).mapToObj(i -> "burst " + i).toList());
                assertThat(received.stream().map(f -> Long.valueOf(f.path("messageId").asString())).toList())
                        .as("id order").isSorted();
            }
        }
    }
}
