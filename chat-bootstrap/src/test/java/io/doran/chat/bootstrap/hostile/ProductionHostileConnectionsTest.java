package io.doran.chat.bootstrap.hostile;

import io.doran.chat.bootstrap.cluster.ProductionProfile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The keepalive and per-address cases, unchanged, on ScyllaDB and Redis (the context closed after the class, see the package). */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles({"scylla", "redis"})
class ProductionHostileConnectionsTest extends HostileConnectionsTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
