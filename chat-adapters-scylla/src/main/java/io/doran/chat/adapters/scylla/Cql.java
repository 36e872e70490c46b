package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.cassandra.core.cql.CqlTemplate;

/**
 * Runs the adapter's statements through Spring Data Cassandra's {@link CqlTemplate}: prepared once,
 * bound with the configured consistency, and with every store failure (nodes down, timeouts) turned
 * into {@code UNAVAILABLE} (SPEC §7: fail fast, 503) — programming errors stay what they are.
 */
final class Cql {

    private static final java.time.Duration DDL_TIMEOUT = java.time.Duration.ofSeconds(60);

    private final CqlSession session;
    private final CqlTemplate template;
    private final ScyllaSettings settings;
    private final Map<String, PreparedStatement> prepared = new ConcurrentHashMap<>();

    Cql(CqlSession session, ScyllaSettings settings) {
        this.session = session;
        this.template = new CqlTemplate(session);
        this.settings = settings;
    }

    /** {@code ks.} before every table name of the statement's {@code %s}. */
    String table(String name) {
        return settings.keyspace() + "." + name;
    }

    BoundStatement bind(String cql, Object... values) {
        PreparedStatement statement = guard(() -> prepared.computeIfAbsent(cql, session::prepare));
        return statement.bind(values).setConsistencyLevel(settings.consistency())
                .setSerialConsistencyLevel(settings.serialConsistency());
    }

    ResultSet run(BoundStatement statement) {
        return guard(() -> template.queryForResultSet(statement));
    }

    ResultSet run(String cql, Object... values) {
        return run(bind(cql, values));
    }

    /**
     * Several writes as one unlogged batch: one request to the cluster, each write still applied to its own
     * partition (not atomically across them); a single write goes alone.
     */
    void runUnloggedBatch(List<BoundStatement> writes) {
        if (writes.size() == 1) {
            run(writes.getFirst());
            return;
        }
        BatchStatement batch = BatchStatement.newInstance(DefaultBatchType.UNLOGGED, writes.toArray(BoundStatement[]::new))
                .setConsistencyLevel(settings.consistency());
        guard(() -> template.queryForResultSet(batch));
    }

    /** A lightweight transaction: true when it was applied. */
    boolean applied(String cql, Object... values) {
        return run(cql, values).wasApplied();
    }

    <T> List<T> rows(String cql, Function<Row, T> mapper, Object... values) {
        List<T> result = new ArrayList<>();
        for (Row row : run(cql, values)) {
            result.add(mapper.apply(row));
        }
        return result;
    }

    /** Schema statements: plain text, and time enough for the cluster to agree on the schema. */
    void ddl(String cql) {
        guard(() -> template.execute(SimpleStatement.newInstance(cql).setTimeout(DDL_TIMEOUT)));
    }

    static <T> T guard(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidDataAccessApiUsageException | InvalidDataAccessResourceUsageException e) {
            throw e;
        } catch (DataAccessException | com.datastax.oss.driver.api.core.DriverException e) {
            throw new ChatException(ErrorCode.UNAVAILABLE);
        }
    }
}
