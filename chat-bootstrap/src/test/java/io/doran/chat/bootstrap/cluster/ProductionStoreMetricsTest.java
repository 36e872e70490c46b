package io.doran.chat.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * On the production set (ScyllaDB and Redis), {@code /actuator/prometheus} also shows the store clients' own metrics
 * (SPEC §9): the Cassandra driver's requests and connections, and Lettuce's Redis commands.
 */
@DirtiesContext
@ActiveProfiles({"scylla", "redis"})
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionStoreMetricsTest {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void the_store_clients_report_their_own_metrics() {
        Api api = new Api(port);
        String run = Long.toString(System.nanoTime());
        String alice = api.devToken("alice-" + run, "Alice");
        String room = api.post("/api/chatrooms").token(alice)
                .json(Map.of("name", "stores", "participantIds", List.of("bob-" + run))).send().expect(201).text("roomId");
        api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "hello")).send().expect(201);

        String metrics = api.get("/actuator/prometheus").send().expect(200).raw().body();
        assertThat(metrics).contains("cassandra_session_cql_requests_seconds_count", "cassandra_nodes_pool_open_connections");
        assertThat(metrics).contains("lettuce_seconds_count");
    }
}
