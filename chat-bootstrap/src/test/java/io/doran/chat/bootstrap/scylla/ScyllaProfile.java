package io.doran.chat.bootstrap.scylla;

import io.doran.chat.adapters.scylla.CqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the {@code scylla} profile at the tests' real CQL server. */
final class ScyllaProfile {

    static final String KEYSPACE = "doran_e2e";

    private ScyllaProfile() {
    }

    static void register(DynamicPropertyRegistry registry) {
        CqlTestServer server = CqlTestServer.get();
        registry.add("spring.cassandra.contact-points", () -> server.host() + ":" + server.port());
        registry.add("spring.cassandra.local-datacenter", server::datacenter);
        registry.add("spring.cassandra.keyspace-name", () -> KEYSPACE);
    }
}
