package io.doran.chat.bootstrap.cluster;

import io.doran.chat.bootstrap.rest.RestApiTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The whole REST suite, unchanged, on the production set: ScyllaDB and Redis. */
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ProductionRestApiTest extends RestApiTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
