package io.doran.chat.adapters.scylla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ScyllaDB adapter uses its cluster ({@code chat.scylla.*}, SPEC §6, §9); the cluster itself and the
 * keyspace's name are Spring Boot's {@code spring.cassandra.*}.
 *
 * @param replication       the replication of a newly created keyspace (use {@code NetworkTopologyStrategy} in production)
 * @param consistency       consistency level of reads and writes
 * @param serialConsistency consistency level of lightweight transactions
 * @param bucket            the time window of a message partition (fixed once data exists)
 */
@ConfigurationProperties("chat.scylla")
public record ScyllaProperties(@DefaultValue("{'class': 'SimpleStrategy', 'replication_factor': 1}") String replication,
                               @DefaultValue("LOCAL_QUORUM") String consistency,
                               @DefaultValue("LOCAL_SERIAL") String serialConsistency,
                               @DefaultValue("10d") Duration bucket) {

    /** The adapter's settings for {@code keyspace} (validated there). */
    public ScyllaSettings forKeyspace(String keyspace) {
        return new ScyllaSettings(keyspace, replication, ScyllaSettings.level(consistency),
                ScyllaSettings.level(serialConsistency), bucket);
    }
}
