package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration.ScyllaStore;
import java.time.Clock;
import java.time.Duration;

/** One session and one schema for the test JVM: tests use fresh room ids, so they never see each other. */
final class ScyllaTestStore {

    static final String KEYSPACE = "doran_test";
    private static ScyllaStore store;
    private static CqlSession session;

    private ScyllaTestStore() {
    }

    static ScyllaSettings settings(Duration bucket) {
        return new ScyllaSettings(KEYSPACE, "{'class': 'SimpleStrategy', 'replication_factor': 1}",
                ScyllaSettings.level("LOCAL_QUORUM"), ScyllaSettings.level("LOCAL_SERIAL"), bucket);
    }

    static synchronized CqlSession session() {
        if (session == null) {
            session = CqlTestServer.get().newSession();
        }
        return session;
    }

    static synchronized ScyllaStore store() {
        if (store == null) {
            store = ScyllaStore.open(session(), settings(Duration.ofDays(10)), Clock.systemUTC());
        }
        return store;
    }

    /** A store whose message buckets are {@code bucket} wide (same tables, other bucket arithmetic). */
    static ScyllaStore storeWithBuckets(Duration bucket, Clock clock) {
        store();
        return ScyllaStore.open(session(), settings(bucket), clock);
    }
}
