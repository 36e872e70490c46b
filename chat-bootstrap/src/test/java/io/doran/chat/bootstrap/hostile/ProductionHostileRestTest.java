package io.doran.chat.bootstrap.hostile;

import io.doran.chat.bootstrap.cluster.ProductionProfile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hostile REST cases, unchanged, on the production set: ScyllaDB and Redis. */
@ActiveProfiles({"scylla", "redis"})
class ProductionHostileRestTest extends HostileRestTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
