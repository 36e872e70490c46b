package io.doran.chat.bootstrap.ws;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An expiring room (002) refuses joins and sends once its time is up, over WebSocket and REST alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.ws.idle-sweep-every=2h"})
@Import(LiveRoomLifecycleTest.ClockOverride.class)
class ExpiredRoomTest {

    @LocalServerPort
    int port;

    @Autowired
    ManualClock clock;

    @Test
    void an_expired_room_refuses_joins_and_sends() {
        Api api = new Api(port);
        String token = api.devToken("ttl-" + System.nanoTime(), "Ttl");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "flash", "participantIds", List.of("x"), "ttlHours", 1)).send().expect(201)
                .text("roomId");

        try (WsClient client = WsClient.withToken(port, token)) {
            client.send(Map.of("type", "join-room", "roomId", room));
            client.await("room-joined");
            clock.advance(Duration.ofHours(2));

            client.send(Map.of("type", "send-message", "roomId", room, "content", "too late"));
            client.awaitError("ROOM_EXPIRED");
            client.send(Map.of("type", "join-room", "roomId", room));
            client.awaitError("ROOM_EXPIRED");
            api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "late")).send()
                    .problem(410, "ROOM_EXPIRED");
            client.sync();
        }
    }
}
