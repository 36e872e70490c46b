package io.doran.chat.bootstrap.cluster;

import io.doran.chat.bootstrap.seeds.Seed000ApiTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Seed 000's suite, unchanged, on the production set: ScyllaDB and Redis. */
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ProductionSeed000ApiTest extends Seed000ApiTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
