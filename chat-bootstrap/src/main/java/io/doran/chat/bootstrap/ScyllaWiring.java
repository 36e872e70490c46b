package io.doran.chat.bootstrap;

import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration;
import io.doran.chat.adapters.scylla.ScyllaSettings;
import org.springframework.boot.cassandra.autoconfigure.CassandraProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/** Rooms and messages in ScyllaDB under the {@code scylla} profile (SPEC §6, §9), located by {@code spring.cassandra.*}. */
@Configuration(proxyBeanMethods = false)
@Profile("scylla")
@Import(ScyllaAdapterConfiguration.class)
class ScyllaWiring {

    @Bean
    ScyllaSettings scyllaSettings(ChatProperties properties, CassandraProperties cassandra) {
        ChatProperties.Scylla scylla = properties.scylla();
        String keyspace = cassandra.getKeyspaceName() == null ? "doran" : cassandra.getKeyspaceName();
        return new ScyllaSettings(keyspace, scylla.replication(), ScyllaSettings.level(scylla.consistency()),
                ScyllaSettings.level(scylla.serialConsistency()), scylla.bucket());
    }
}
