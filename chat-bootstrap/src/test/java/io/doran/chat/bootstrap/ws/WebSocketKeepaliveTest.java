package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dead peers and single sources (SPEC §8): the server pings quiet connections and closes those that stop answering,
 * so a peer that vanished without closing goes offline; and one address may hold only so many connections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.ws.ping-every=300ms", "chat.ws.ping-timeout=300ms", "chat.ws.max-connections-per-ip=3",
        "chat.ws.max-connections-per-user=20"})
class WebSocketKeepaliveTest {

    @LocalServerPort
    int port;

    final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(WsClient::close);
    }

    /** A client that opens the socket, then never reads an answer nor says a word: as if its network vanished. */
    static final class SilentPeer implements AutoCloseable {
        final Socket socket;
        final DataInputStream in;

        SilentPeer(int port, String token) throws IOException {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /chat?token=" + token + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in = new DataInputStream(socket.getInputStream());
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 101");
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }

        /** Reads frames, answering none, until the server closes: its close code, or -1 when it just cut the line. */
        int awaitClosedBySeeingPings(List<Integer> opcodes) throws IOException {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return -1;
                }
                int opcode = first & 0x0F;
                long length = in.readUnsignedByte() & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = in.readNBytes((int) length);
                opcodes.add(opcode);
                if (opcode == 0x8) {
                    return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void a_peer_that_stops_answering_pings_is_closed_and_goes_offline() throws IOException {
        Api api = new Api(port);
        String user = "vanisher-" + System.nanoTime();
        String token = api.devToken(user, "V");
        String watcher = api.devToken("watcher-" + System.nanoTime(), "W");

        List<Integer> opcodes = new ArrayList<>();
        try (SilentPeer peer = new SilentPeer(port, token)) {
            Await.until(() -> api.get("/api/users/" + user + "/presence").token(watcher).send().expect(200).body()
                    .path("online").asBoolean());

            int code = peer.awaitClosedBySeeingPings(opcodes);

            assertThat(opcodes).as("frames the server sent").contains(0x9);
            assertThat(code).isIn(4000, -1);
        }
        Await.until(() -> !api.get("/api/users/" + user + "/presence").token(watcher).send().expect(200).body()
                .path("online").asBoolean());
    }

    @Test
    void a_client_that_answers_pings_stays_however_quiet_it_is() {
        Api api = new Api(port);
        WsClient quiet = WsClient.withToken(port, api.devToken("quiet-" + System.nanoTime(), "Q"));
        clients.add(quiet);

        Await.until(() -> quiet.pings.get() >= 4);

        quiet.sync();
        assertThat(quiet.all("error")).isEmpty();
    }

    @Test
    void one_address_may_hold_only_so_many_connections() {
        Api api = new Api(port);
        for (int i = 0; i < 3; i++) {
            clients.add(WsClient.withToken(port, api.devToken("ip-" + i + "-" + System.nanoTime(), "I")));
        }

        WsClient fourth = WsClient.connect(port, "token=" + api.devToken("ip-4-" + System.nanoTime(), "I"), Map.of());
        clients.add(fourth);

        fourth.awaitError("TOO_MANY_CONNECTIONS");
        assertThat(fourth.awaitClose()).isEqualTo(4029);
        clients.getFirst().sync();
    }
}
