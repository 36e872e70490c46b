package io.doran.chat.bootstrap.cluster;

import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.adapters.scylla.CqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the production profiles {@code scylla,redis} at the tests' real CQL server and Redis. */
public final class ProductionProfile {

    private ProductionProfile() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        CqlTestServer cql = CqlTestServer.get();
        RedisTestServer redis = RedisTestServer.get();
        registry.add("spring.cassandra.contact-points", () -> cql.host() + ":" + cql.port());
        registry.add("spring.cassandra.local-datacenter", cql::datacenter);
        registry.add("spring.cassandra.keyspace-name", () -> "doran_production");
        registry.add("spring.data.redis.host", redis::host);
        registry.add("spring.data.redis.port", redis::port);
    }
}
