package io.doran.chat.adapters.ws.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.socketio.engine.EngineSettings;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol layer against the real socket.io-client 4.8 (Node.js, {@code src/test/node/scenarios.mjs}):
 * each transport and the default upgrade, acknowledgements both ways, binary attachments, refusals,
 * the connect timeout, a server-side disconnect, and a client that stops reading.
 */
class SocketIoClientTest {

    static final EndToEndHandler handler = new EndToEndHandler();
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        NodeClient.install();
        // Frequent pings keep the heartbeat busy during the scenarios; a small outbound queue lets a
        // client that stops reading fill it quickly.
        EngineSettings settings = new EngineSettings(Duration.ofMillis(500), Duration.ofSeconds(5), 1_000_000, 16, List.of("*"));
        server = TestServer.start(settings, Duration.ofSeconds(1), Map.of("/", handler, "/socket", EndToEndHandler.welcoming()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_polling_only_client_exchanges_events_acks_and_binary_both_ways() throws Exception {
        NodeClient.run(server.url(), "polling");
    }

    @Test
    void a_websocket_only_client_exchanges_events_acks_and_binary_both_ways() throws Exception {
        NodeClient.run(server.url(), "websocket");
    }

    @Test
    void a_default_client_upgrades_from_polling_to_websocket_and_keeps_exchanging() throws Exception {
        NodeClient.run(server.url(), "upgrade");
    }

    @Test
    void an_unknown_namespace_and_a_refused_auth_payload_get_connect_error() throws Exception {
        NodeClient.run(server.url(), "refusals");
    }

    @Test
    void a_connection_that_joins_no_namespace_is_closed_after_the_connect_timeout() throws Exception {
        NodeClient.run(server.url(), "connect-timeout");
    }

    @Test
    void a_socket_the_server_disconnects_hears_io_server_disconnect() throws Exception {
        NodeClient.run(server.url(), "server-disconnect");
        assertThat(handler.disconnected).containsValue(DisconnectReason.SERVER_NAMESPACE_DISCONNECT);
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_instead_of_growing_the_server_memory() throws Exception {
        try (NodeClient client = NodeClient.start(server.url(), "slow-consumer")) {
            String socketId = client.awaitLine(line -> line.startsWith("PAUSED ")).substring("PAUSED ".length());
            Poll.until(() -> handler.disconnected.containsKey(socketId), "the server gives up on the paused client");
            assertThat(handler.disconnected.get(socketId)).isEqualTo(DisconnectReason.SLOW_CONSUMER);
            client.tell("resume");
            client.assertPassed();
        }
    }
}
