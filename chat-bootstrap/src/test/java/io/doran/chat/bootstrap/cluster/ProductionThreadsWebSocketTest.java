package io.doran.chat.bootstrap.cluster;

import io.doran.chat.bootstrap.ws.ThreadsWebSocketTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Issue 18's WebSocket suite, unchanged, on the production set: ScyllaDB and Redis. */
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ProductionThreadsWebSocketTest extends ThreadsWebSocketTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
