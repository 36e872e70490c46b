package io.doran.chat.bootstrap.cluster;

import io.doran.chat.bootstrap.rest.ThreadsApiTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Issue 18's REST suite (threads, pins, mentions, edit history), unchanged, on the production set: ScyllaDB and Redis. */
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ProductionThreadsApiTest extends ThreadsApiTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
