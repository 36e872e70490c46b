package io.doran.chat.bootstrap;

import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Rooms and messages in ScyllaDB under the {@code scylla} profile (SPEC §6, §9), located by {@code spring.cassandra.*};
 * the adapter reads its own {@code chat.scylla.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("scylla")
@Import(ScyllaAdapterConfiguration.class)
class ScyllaWiring {
}
