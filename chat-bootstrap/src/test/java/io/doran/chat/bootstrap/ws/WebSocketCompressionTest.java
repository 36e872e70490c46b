package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WebSocket compression is off by default ({@code chat.ws.compression}): a client that offers {@code
 * permessage-deflate}, as every browser does, is answered without it on {@code /chat}, seed 001's WebSocket and
 * {@code /socket.io/}, so an idle connection holds no zlib state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketCompressionTest {

    @LocalServerPort
    int port;

    @Test
    void chat_refuses_permessage_deflate_by_default() throws Exception {
        String token = new Api(port).devToken("deflate-" + System.nanoTime(), "Deflate");

        List<String> answer = upgrade(port, "/chat?token=" + token);

        assertThat(answer.getFirst()).contains("101");
        assertThat(answer).noneMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void socket_io_refuses_permessage_deflate() throws Exception {
        List<String> answer = upgrade(port, "/socket.io/?EIO=4&transport=websocket");

        assertThat(answer.getFirst()).contains("101");
        assertThat(answer).noneMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    /** Opens a WebSocket by hand, offering permessage-deflate as a browser does; answers the status line and headers. */
    static List<String> upgrade(int port, String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String key = Base64.getEncoder().encodeToString("compression-test".getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + key + "\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
