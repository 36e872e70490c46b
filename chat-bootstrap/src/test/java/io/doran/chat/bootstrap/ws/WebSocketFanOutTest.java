package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 200 clients in 10 rooms, all sending at once: every member receives every message of its room
 * exactly once, all members in the same order — id order — and nothing of other rooms (issue 4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.ws.max-connections-per-ip=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000"})
class WebSocketFanOutTest {

    static final int ROOMS = 10;
    static final int MEMBERS = 20;
    static final int MESSAGES_EACH = 3;

    @LocalServerPort
    int port;

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    @Test
    void every_member_receives_every_message_of_its_room_exactly_once_in_the_same_order() throws Exception {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        List<List<WsClient>> rooms = new ArrayList<>();
        List<String> roomIds = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            List<String> users = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                users.add("u" + r + "-" + m + "-" + run);
                tokens.add(api.devToken(users.getLast(), "User " + m));
            }
            String roomId = api.post("/api/chatrooms").token(tokens.getFirst())
                    .json(Map.of("name", "room " + r, "participantIds", users.subList(1, MEMBERS))).send().expect(201)
                    .text("roomId");
            roomIds.add(roomId);
            List<WsClient> members = new ArrayList<>();
            for (String token : tokens) {
                WsClient client = WsClient.withToken(port, token);
                clients.add(client);
                client.send(Map.of("type", "join-room", "roomId", roomId));
                client.await("room-joined");
                members.add(client);
            }
            rooms.add(members);
        }

        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sends = new ArrayList<>();
            for (int r = 0; r < ROOMS; r++) {
                for (int m = 0; m < MEMBERS; m++) {
                    WsClient client = rooms.get(r).get(m);
                    String roomId = roomIds.get(r);
                    int member = m;
                    sends.add(senders.submit(() -> {
                        for (int i = 0; i < MESSAGES_EACH; i++) {
                            client.send(Map.of("type", "send-message", "roomId", roomId,
                                    "content", "m" + member + "-" + i, "clientMessageId", "c" + member + "-" + i));
                        }
                    }));
                }
            }
            for (Future<?> send : sends) {
                send.get();
            }
        }

        int expected = MEMBERS * MESSAGES_EACH;
        for (int r = 0; r < ROOMS; r++) {
            List<String> reference = null;
            String roomId = roomIds.get(r);
            for (WsClient client : rooms.get(r)) {
                for (int round = 0; round < 100 && client.all("new-message").size() < expected; round++) {
                    client.sync();
                }
                List<JsonNode> received = client.all("new-message");
                List<String> ids = received.stream().map(f -> f.path("messageId").asString()).toList();
                assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
                assertThat(ids.stream().map(Long::valueOf).toList()).as("id order").isSorted();
                assertThat(received).allSatisfy(f -> assertThat(f.path("roomId").asString()).isEqualTo(roomId));
                if (reference == null) {
                    reference = ids;
                } else {
                    assertThat(ids).containsExactlyElementsOf(reference);
                }
            }
        }
    }
}
