package io.doran.chat.bootstrap;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.cassandra.autoconfigure.CqlSessionBuilderCustomizer;
import org.springframework.boot.cassandra.autoconfigure.DriverConfigLoaderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Rooms and messages in ScyllaDB under the {@code scylla} profile (SPEC §6, §9), located by {@code spring.cassandra.*};
 * the adapter reads its own {@code chat.scylla.*}. The driver reports its own metrics to the application's registry
 * (SPEC §9): {@code cassandra.session.*} (requests, client timeouts, bytes, connected nodes) and
 * {@code cassandra.nodes.*} (open connections, requests in flight, errors), tagged with the session and the node.
 */
@Configuration(proxyBeanMethods = false)
@Profile("scylla")
@Import(ScyllaAdapterConfiguration.class)
class ScyllaWiring {

    @Bean
    DriverConfigLoaderBuilderCustomizer driverMetrics() {
        return config -> config
                .withString(DefaultDriverOption.METRICS_FACTORY_CLASS, "MicrometerMetricsFactory")
                .withString(DefaultDriverOption.METRICS_ID_GENERATOR_CLASS, "TaggingMetricIdGenerator")
                .withString(DefaultDriverOption.METRICS_ID_GENERATOR_PREFIX, "cassandra")
                .withStringList(DefaultDriverOption.METRICS_SESSION_ENABLED, List.of("connected-nodes", "cql-requests",
                        "cql-client-timeouts", "bytes-sent", "bytes-received"))
                .withStringList(DefaultDriverOption.METRICS_NODE_ENABLED, List.of("pool.open-connections",
                        "pool.in-flight", "errors.request.unsent", "errors.request.aborted", "errors.request.write-timeouts",
                        "errors.request.read-timeouts", "errors.request.unavailables", "errors.connection.init"));
    }

    @Bean
    CqlSessionBuilderCustomizer driverMetricsRegistry(MeterRegistry registry) {
        return session -> session.withMetricRegistry(registry);
    }
}
