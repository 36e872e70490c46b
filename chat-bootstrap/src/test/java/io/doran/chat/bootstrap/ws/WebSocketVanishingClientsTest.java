package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.bootstrap.rest.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that lose their network while their rooms are busy: writes to them fail on the threads fanning
 * out other rooms' messages and presence, the server notices, takes them out of their rooms and tells the
 * others — and every room goes on. Each client sits in two rooms, so fan-outs of different rooms and of
 * presence meet on the same failing connections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=100000", "chat.ws.max-connections-per-ip=10000", "chat.limits.request-burst=100000",
        "chat.limits.requests-per-second=100000"})
class WebSocketVanishingClientsTest {

    static final int ROOMS = 4;
    static final int MEMBERS = 12;

    @LocalServerPort
    int port;

    @Autowired
    WsAdapterConfiguration webSocket;

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    @Test
    void clients_vanishing_mid_broadcast_leave_their_rooms_and_the_rooms_go_on() throws Exception {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        List<String> users = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < ROOMS * MEMBERS / 2; i++) {
            users.add("v" + i + "-" + run);
            tokens.add(api.devToken(users.getLast(), "Vanishing " + i));
        }
        // Room r holds users [r * MEMBERS/2, r * MEMBERS/2 + MEMBERS) (wrapping): every user is in two rooms.
        List<String> roomIds = new ArrayList<>();
        List<List<Integer>> membersOf = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                members.add((r * MEMBERS / 2 + m) % users.size());
            }
            membersOf.add(members);
            roomIds.add(api.post("/api/chatrooms").token(tokens.get(members.getFirst()))
                    .json(Map.of("name", "busy " + r, "participantIds",
                            members.subList(1, MEMBERS).stream().map(users::get).toList()))
                    .send().expect(201).text("roomId"));
        }
        for (int u = 0; u < users.size(); u++) {
            WsClient client = WsClient.withToken(port, tokens.get(u));
            clients.add(client);
        }
        for (int r = 0; r < ROOMS; r++) {
            for (int member : membersOf.get(r)) {
                clients.get(member).send(Map.of("type", "join-room", "roomId", roomIds.get(r)));
                clients.get(member).await("room-joined");
            }
        }
        List<Integer> vanishing = new ArrayList<>();
        List<Integer> staying = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            (u % 2 == 0 ? vanishing : staying).add(u);
        }

        AtomicBoolean sending = new AtomicBoolean(true);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u : staying) {
                WsClient client = clients.get(u);
                List<String> rooms = roomsOf(u, membersOf, roomIds);
                senders.submit(() -> {
                    for (int i = 0; sending.get(); i++) {
                        client.send(Map.of("type", "send-message", "roomId", rooms.get(i % rooms.size()), "content", "busy " + i));
                        if (i % 4 == 3) {
                            client.sync(); // a few messages in flight per sender, not a flood that would make it a slow consumer
                        }
                    }
                });
            }
            for (int u : vanishing) {
                clients.get(u).vanish();
            }
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(webSocket.openConnections()).isEqualTo(staying.size()));
            sending.set(false);
        }

        for (int r = 0; r < ROOMS; r++) {
            String roomId = roomIds.get(r);
            WsClient witness = clients.get(membersOf.get(r).stream().filter(staying::contains).findFirst().orElseThrow());
            for (int member : membersOf.get(r)) {
                if (vanishing.contains(member)) {
                    String userId = users.get(member);
                    assertThat(witness.await(f -> f.path("type").asString().equals("user-left")
                            && roomId.equals(f.path("roomId").asString()) && userId.equals(f.path("userId").asString()),
                            userId + " left " + roomId)).isNotNull();
                }
            }
        }
        for (int u : staying) {
            WsClient client = clients.get(u);
            String room = roomsOf(u, membersOf, roomIds).getFirst();
            String content = "still here " + u;
            client.send(Map.of("type", "send-message", "roomId", room, "content", content));
            assertThat(client.await(f -> content.equals(f.path("content").asString()), content)).isNotNull();
        }
    }

    private static List<String> roomsOf(int user, List<List<Integer>> membersOf, List<String> roomIds) {
        List<String> rooms = new ArrayList<>();
        for (int r = 0; r < membersOf.size(); r++) {
            if (membersOf.get(r).contains(user)) {
                rooms.add(roomIds.get(r));
            }
        }
        return rooms;
    }
}
