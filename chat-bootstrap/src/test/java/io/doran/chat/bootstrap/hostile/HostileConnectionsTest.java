package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.bootstrap.ws.SocketIoClient;
import io.doran.chat.bootstrap.ws.WsClient;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import io.doran.chat.contract.Await;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Dead peers and single sources (issue 15, SPEC §8) on every live transport: the server pings quiet connections
 * and closes those that stop answering, so a peer that vanished without closing goes offline; and one address may
 * hold only so many connections, over {@code /chat}, seed 001's WebSocket and Socket.IO together. Short keepalive
 * times and a cap of three, hence a server of its own; {@code ProductionHostileConnectionsTest} runs it on
 * {@code scylla,redis}.
 */
@TestPropertySource(properties = {
        "chat.ws.ping-every=300ms", "chat.ws.ping-timeout=300ms", "chat.ws.max-connections-per-ip=3",
        "chat.ws.max-connections-per-user=20", "chat.socketio.ping-interval=300ms", "chat.socketio.ping-timeout=300ms"})
class HostileConnectionsTest extends HostileServer {

    @Autowired
    WsAdapterConfiguration webSocket;

    final List<AutoCloseable> clients = new ArrayList<>();

    @BeforeEach
    void noConnectionsLeft() {
        Await.until(() -> webSocket.sessionsByTransport().values().stream().mapToInt(Integer::intValue).sum() == 0);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
    }

    boolean online(String userId, String askingToken) {
        return api.get("/api/users/" + userId + "/presence").token(askingToken).send().expect(200).body()
                .path("online").asBoolean();
    }

    URI seed001(String room, String userId) {
        return URI.create("ws://localhost:" + port + "/ws/chat/" + room + "/chat/?user_id=" + userId);
    }

    // --- keepalive --------------------------------------------------------------------------------

    @Test
    void a_chat_peer_that_stops_answering_pings_is_closed_and_goes_offline() throws IOException {
        String vanisher = user("vanisher");
        String watcher = token(user("watcher"));

        List<Integer> opcodes = new ArrayList<>();
        try (RawWebSocket peer = new RawWebSocket(port, "/chat?token=" + token(vanisher))) {
            assertThat(peer.status()).isEqualTo(101);
            Await.until(() -> online(vanisher, watcher));

            int code = peer.awaitClose(opcodes);

            assertThat(opcodes).as("frames the server sent").contains(RawWebSocket.PING);
            assertThat(code).as("4000, or the line cut when the close frame could not be written").isIn(4000, -1);
        }
        Await.until(() -> !online(vanisher, watcher));
    }

    @Test
    void a_seed_001_peer_that_stops_answering_pings_is_closed_and_its_room_hears_it_left() throws IOException {
        String witness = user("witness");
        String vanisher = user("vanisher");
        String room = api.post("/chat/v1/create-room/").header("X-User-Id", witness).header("X-Gateway-Secret", GATEWAY_SECRET)
                .json(Map.of("name", "keepalive", "post_id", 1)).send().expect(201).text("id");
        WsClient watching = WsClientAccess.open(seed001(room, witness), Map.of("X-Gateway-Secret", GATEWAY_SECRET));
        clients.add(watching);
        WsClientAccess.sendText(watching, "{\"type\":\"chat.message\",\"message\":\"here\"}");
        WsClientAccess.await(watching, frame -> frame.path("message").asString().equals("here"), "its own message: it is in");

        List<Integer> opcodes = new ArrayList<>();
        try (RawWebSocket peer = new RawWebSocket(port, "/ws/chat/" + room + "/chat/?user_id=" + vanisher + "&nickname=gone",
                "X-Gateway-Secret: " + GATEWAY_SECRET)) {
            assertThat(peer.status()).isEqualTo(101);
            assertThat(WsClientAccess.await(watching, "chat.user.join").path("username").asString()).isEqualTo("gone");

            int code = peer.awaitClose(opcodes);

            assertThat(opcodes).contains(RawWebSocket.PING);
            assertThat(code).isIn(4000, -1);
        }
        assertThat(WsClientAccess.await(watching, "chat.user.leave").path("username").asString()).isEqualTo("gone");
    }

    @Test
    void a_socket_io_peer_that_stops_answering_pings_is_disconnected_and_goes_offline() {
        String vanisher = user("vanisher");
        String watcher = token(user("watcher"));
        SocketIoClient peer = SocketIoClient.connected(port, token(vanisher));
        clients.add(peer);
        Await.until(() -> online(vanisher, watcher));

        peer.playDead();

        assertThat(peer.awaitClose()).as("the transport is closed").isNotZero();
        Await.until(() -> !online(vanisher, watcher));
    }

    @Test
    void clients_that_answer_pings_stay_however_quiet_they_are() {
        WsClient quiet = WsClientAccess.withToken(port, token(user("quiet")));
        clients.add(quiet);
        SocketIoClient quietSocketIo = SocketIoClient.connected(port, token(user("quiet-io")));
        clients.add(quietSocketIo);

        Await.until(() -> WsClientAccess.pings(quiet) >= 4 && quietSocketIo.pingsAnswered() >= 4);

        WsClientAccess.sync(quiet);
        quietSocketIo.sync();
        assertThat(WsClientAccess.all(quiet, "error")).isEmpty();
    }

    // --- one address, so many connections --------------------------------------------------------

    @Test
    void one_address_may_hold_only_so_many_connections_over_every_transport() {
        String alice = user("alice");
        String room = room(token(alice), user("bob"));
        clients.add(WsClientAccess.withToken(port, token(user("one"))));
        clients.add(SocketIoClient.connected(port, token(user("two"))));
        clients.add(WsClientAccess.open(seed001(room, alice), Map.of("X-Gateway-Secret", GATEWAY_SECRET)));

        WsClient chat = WsClientAccess.connect(port, "token=" + token(user("four")), Map.of());
        clients.add(chat);
        WsClient channels = WsClientAccess.open(seed001(room, user("bob")), Map.of("X-Gateway-Secret", GATEWAY_SECRET));
        clients.add(channels);
        SocketIoClient socketIo = SocketIoClient.open(port, "/socket", "", Map.of());
        clients.add(socketIo);

        WsClientAccess.awaitError(chat, "TOO_MANY_CONNECTIONS");
        assertThat(WsClientAccess.awaitClose(chat)).isEqualTo(4029);
        WsClientAccess.awaitError(channels, "TOO_MANY_CONNECTIONS");
        assertThat(WsClientAccess.awaitClose(channels)).isEqualTo(4029);
        assertThat(socketIo.connect(Map.of("token", token(user("six"))))).startsWith("44/socket,")
                .contains("TOO_MANY_CONNECTIONS");
        Await.until(() -> webSocket.sessionsByTransport().values().stream().mapToInt(Integer::intValue).sum() == 3);
    }
}
