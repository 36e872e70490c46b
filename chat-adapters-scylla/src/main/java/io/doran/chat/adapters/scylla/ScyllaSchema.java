package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's schema, query first (SPEC §6): created if missing, versioned in {@code schema_version},
 * every statement idempotent so that two nodes starting together are harmless. Only CQL that
 * ScyllaDB supports: no SASI, no materialized views, no Cassandra-only features.
 */
final class ScyllaSchema {

    private static final Logger log = LoggerFactory.getLogger(ScyllaSchema.class);

    /** Migration {@code n} is {@code MIGRATIONS.get(n - 1)}; append, never edit. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TYPE IF NOT EXISTS %1$s.participant (role text, display_name text, joined_at timestamp)""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.rooms (room_id uuid PRIMARY KEY, name text, visibility text,
              post_id text, created_by text, created_at timestamp, expires_at timestamp, version bigint,
              participants map<text, frozen<participant>>)""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.rooms_by_user (user_id text, room_id uuid,
              PRIMARY KEY (user_id, room_id))""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.messages (room_id uuid, bucket int, message_id bigint,
              author_id text, type text, content text, image_url text, created_at timestamp,
              edited_at timestamp, deleted_at timestamp, deleted_by text, client_message_id text,
              PRIMARY KEY ((room_id, bucket), message_id)) WITH CLUSTERING ORDER BY (message_id DESC)""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.message_buckets (room_id uuid, bucket int,
              PRIMARY KEY (room_id, bucket)) WITH CLUSTERING ORDER BY (bucket DESC)""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.reactions (room_id uuid, bucket int, message_id bigint, kind text,
              user_id text, PRIMARY KEY ((room_id, bucket), message_id, kind, user_id))""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.reaction_buckets (room_id uuid, bucket int,
              PRIMARY KEY (room_id, bucket))""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.read_markers (room_id uuid, user_id text, last_read bigint,
              read_at timestamp, PRIMARY KEY (room_id, user_id))""",
            """
            CREATE TABLE IF NOT EXISTS %1$s.client_message_ids (room_id uuid, user_id text,
              client_message_id text, message_id bigint, PRIMARY KEY ((room_id, user_id, client_message_id)))"""));

    private final Cql cql;
    private final ScyllaSettings settings;

    ScyllaSchema(Cql cql, ScyllaSettings settings) {
        this.cql = cql;
        this.settings = settings;
    }

    /** Creates the keyspace and applies the migrations this keyspace has not seen yet. */
    void apply() {
        cql.ddl("CREATE KEYSPACE IF NOT EXISTS " + settings.keyspace() + " WITH replication = " + settings.replication());
        cql.ddl("CREATE TABLE IF NOT EXISTS " + settings.keyspace()
                + ".schema_version (component text, version int, applied_at timestamp, PRIMARY KEY (component, version))");
        int current = cql.rows("SELECT version FROM " + cql.table("schema_version") + " WHERE component = ?",
                (Row row) -> row.getInt("version"), "chat").stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
            for (String statement : MIGRATIONS.get(version - 1)) {
                cql.ddl(statement.formatted(settings.keyspace()));
            }
            cql.run("INSERT INTO " + cql.table("schema_version") + " (component, version, applied_at) VALUES (?, ?, ?)",
                    "chat", version, Instant.now());
            log.info("Applied schema version {} to keyspace {}", version, settings.keyspace());
        }
    }
}
