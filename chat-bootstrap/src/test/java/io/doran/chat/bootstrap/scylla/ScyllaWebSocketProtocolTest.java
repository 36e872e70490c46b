package io.doran.chat.bootstrap.scylla;

import io.doran.chat.bootstrap.ws.WebSocketProtocolTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The whole WebSocket protocol suite, unchanged, with rooms and messages in a real CQL database. */
@ActiveProfiles("scylla")
@TestPropertySource(properties = {"chat.auth.dev-tokens=true", "chat.auth.token-store.enabled=true"})
class ScyllaWebSocketProtocolTest extends WebSocketProtocolTest {

    @DynamicPropertySource
    static void scylla(DynamicPropertyRegistry registry) {
        ScyllaProfile.register(registry);
    }
}
