package io.doran.chat.bootstrap.cluster;

import io.doran.chat.bootstrap.seeds.Seed002ApiTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed 002's suite, unchanged, on the production set: ScyllaDB and Redis. The context is closed afterwards: a
 * cached one would keep listening on the shared Redis's external channels and claim other suites' messages.
 */
@DirtiesContext
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ProductionSeed002ApiTest extends Seed002ApiTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
