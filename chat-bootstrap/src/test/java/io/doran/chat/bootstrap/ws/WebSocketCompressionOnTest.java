package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code chat.ws.compression=true}, {@code /chat} negotiates the {@code permessage-deflate} a client offers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "chat.ws.compression=true")
class WebSocketCompressionOnTest {

    @LocalServerPort
    int port;

    @Test
    void chat_accepts_permessage_deflate_when_compression_is_on() throws Exception {
        String token = new Api(port).devToken("deflate-on-" + System.nanoTime(), "Deflate");

        List<String> answer = WebSocketCompressionTest.upgrade(port, "/chat?token=" + token);

        assertThat(answer.getFirst()).contains("101");
        assertThat(answer).anyMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions")
                && header.contains("permessage-deflate"));
    }
}
