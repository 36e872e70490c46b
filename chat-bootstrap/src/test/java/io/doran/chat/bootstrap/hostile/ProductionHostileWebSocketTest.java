package io.doran.chat.bootstrap.hostile;

import io.doran.chat.bootstrap.cluster.ProductionProfile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hostile /chat and seed 001 WebSocket cases, unchanged, on ScyllaDB and Redis (the context closed after the class, see the package). */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles({"scylla", "redis"})
class ProductionHostileWebSocketTest extends HostileWebSocketTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }
}
