package io.doran.chat.bootstrap.hostile;

import io.doran.chat.bootstrap.cluster.ProductionProfile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile REST cases, unchanged, on the production set: ScyllaDB and Redis. The context is closed
 * after the class: a node left running would take its share of the external channels' messages
 * (claimed in the shared Redis) from the cluster tests that run later, with another keyspace.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles({"scylla", "redis"})
class ProductionHostileRestTest extends HostileRestTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
