package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cassandra.autoconfigure.CassandraProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ScyllaDB adapter: rooms, participants, messages, reactions, read markers, pins and idempotency in a
 * CQL database. The session comes from Spring Boot's builder ({@code spring.cassandra.*}); it is
 * opened without a keyspace, so the keyspace can be created when missing, and every statement names
 * its table with the keyspace. Bootstrap imports this configuration under the {@code scylla} profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScyllaProperties.class)
public class ScyllaAdapterConfiguration {

    @Bean(destroyMethod = "close")
    CqlSession cassandraSession(ObjectProvider<CqlSessionBuilder> builder) {
        return builder.getObject().withKeyspace((CqlIdentifier) null).build();
    }

    /** The keyspace is Spring Boot's {@code spring.cassandra.keyspace-name} ({@code doran} when unset). */
    @Bean
    ScyllaStore scyllaStore(CqlSession session, ScyllaProperties properties, CassandraProperties cassandra, Clock clock) {
        String keyspace = cassandra.getKeyspaceName() == null ? "doran" : cassandra.getKeyspaceName();
        return ScyllaStore.open(session, properties.forKeyspace(keyspace), clock);
    }

    @Bean
    ScyllaRoomRepository scyllaRoomRepository(ScyllaStore store) {
        return store.rooms();
    }

    @Bean
    ScyllaMessageRepository scyllaMessageRepository(ScyllaStore store) {
        return store.messages();
    }

    @Bean
    ScyllaReactionRepository scyllaReactionRepository(ScyllaStore store) {
        return store.reactions();
    }

    @Bean
    ScyllaReadMarkerRepository scyllaReadMarkerRepository(ScyllaStore store) {
        return store.readMarkers();
    }

    @Bean
    ScyllaClientMessageIds scyllaClientMessageIds(ScyllaStore store) {
        return store.clientMessageIds();
    }

    @Bean
    ScyllaModerationRepository scyllaModerationRepository(ScyllaStore store) {
        return store.moderation();
    }

    @Bean
    ScyllaPinRepository scyllaPinRepository(ScyllaStore store) {
        return store.pins();
    }

    /** The schema applied and the repositories over one session. */
    public record ScyllaStore(ScyllaRoomRepository rooms, ScyllaMessageRepository messages,
                              ScyllaReactionRepository reactions, ScyllaReadMarkerRepository readMarkers,
                              ScyllaClientMessageIds clientMessageIds, ScyllaModerationRepository moderation,
                              ScyllaPinRepository pins) {

        /** Applies the schema (idempotent, versioned) and builds the repositories. */
        public static ScyllaStore open(CqlSession session, ScyllaSettings settings, Clock clock) {
            Cql cql = new Cql(session, settings);
            new ScyllaSchema(cql, settings).apply();
            UserDefinedType participant = session.getMetadata().getKeyspace(settings.keyspace())
                    .flatMap(keyspace -> keyspace.getUserDefinedType("participant"))
                    .orElseGet(() -> {
                        session.refreshSchema();
                        return session.getMetadata().getKeyspace(settings.keyspace())
                                .flatMap(keyspace -> keyspace.getUserDefinedType("participant")).orElseThrow();
                    });
            Buckets buckets = new Buckets(settings.bucket());
            return new ScyllaStore(new ScyllaRoomRepository(cql, participant), new ScyllaMessageRepository(cql, buckets, clock),
                    new ScyllaReactionRepository(cql, buckets), new ScyllaReadMarkerRepository(cql),
                    new ScyllaClientMessageIds(cql), new ScyllaModerationRepository(cql, clock),
                    new ScyllaPinRepository(cql));
        }
    }
}
