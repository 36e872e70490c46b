package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the ScyllaDB adapter uses its cluster (SPEC §6, §9).
 *
 * @param keyspace          the keyspace ({@code spring.cassandra.keyspace-name}); created if missing
 * @param replication       the keyspace's replication map, e.g. {@code {'class':'NetworkTopologyStrategy','dc1':3}}
 * @param consistency       consistency of reads and writes (default {@code LOCAL_QUORUM})
 * @param serialConsistency consistency of the lightweight transactions (default {@code LOCAL_SERIAL})
 * @param bucket            the time window of a message partition (default 10 days)
 */
public record ScyllaSettings(String keyspace, String replication, ConsistencyLevel consistency,
                             ConsistencyLevel serialConsistency, Duration bucket) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,47}");

    public ScyllaSettings {
        if (keyspace == null || !IDENTIFIER.matcher(keyspace).matches()) {
            throw new IllegalArgumentException("the keyspace name must be a CQL identifier: " + keyspace);
        }
        if (replication == null || !replication.strip().startsWith("{")) {
            throw new IllegalArgumentException("the replication must be a CQL map: " + replication);
        }
        if (bucket.isNegative() || bucket.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("a message bucket spans at least an hour");
        }
    }

    public static ConsistencyLevel level(String name) {
        return DefaultConsistencyLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
