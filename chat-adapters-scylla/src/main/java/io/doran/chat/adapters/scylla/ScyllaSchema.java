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
    private static final List<List<Step>> MIGRATIONS = List.of(statements(
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
              client_message_id text, message_id bigint, PRIMARY KEY ((room_id, user_id, client_message_id)))"""),
            // 2: who may join a room uninvited (001); rooms stored before it are invite-only (null).
            List.of(new AddColumn("rooms", "admission", "text")),
            // 3: a message's room by its id alone (002 DELETE /api/messages/{id}), written with the message and its TTL.
            statements("""
                    CREATE TABLE IF NOT EXISTS %1$s.message_rooms (message_id bigint PRIMARY KEY, room_id uuid)"""),
            // 4: moderation (issue 18): bans and mutes by room and user, reports per room and per day.
            statements(
                    """
                    CREATE TABLE IF NOT EXISTS %1$s.room_bans (room_id uuid, user_id text, banned_by text, reason text,
                      banned_at timestamp, until timestamp, PRIMARY KEY (room_id, user_id))""",
                    """
                    CREATE TABLE IF NOT EXISTS %1$s.room_mutes (room_id uuid, user_id text, muted_by text,
                      muted_at timestamp, until timestamp, PRIMARY KEY (room_id, user_id))""",
                    """
                    CREATE TABLE IF NOT EXISTS %1$s.room_reports (room_id uuid, reported_at timestamp, report_id uuid,
                      message_id bigint, author_id text, reporter text, reason text,
                      PRIMARY KEY (room_id, reported_at, report_id)) WITH CLUSTERING ORDER BY (reported_at DESC, report_id ASC)""",
                    """
                    CREATE TABLE IF NOT EXISTS %1$s.reports_by_day (day text, reported_at timestamp, report_id uuid,
                      room_id uuid, message_id bigint, author_id text, reporter text, reason text,
                      PRIMARY KEY (day, reported_at, report_id)) WITH CLUSTERING ORDER BY (reported_at DESC, report_id ASC)"""),
            // 5 (issue 18): edit history — how often a message was edited (null before: 1 when edited_at is set)
            // and the earlier versions of its text, oldest first; threads — the message a reply answers, and the
            // replies to each message by id (deleted ones flagged), each written with the message's TTL.
            List.of(new AddColumn("messages", "edit_count", "int"), new Statement("""
                    CREATE TABLE IF NOT EXISTS %1$s.message_edits (room_id uuid, message_id bigint, revision int,
                      content text, written_at timestamp, replaced_at timestamp,
                      PRIMARY KEY ((room_id, message_id), revision))"""),
                    new AddColumn("messages", "reply_to_id", "bigint"),
                    new AddColumn("messages", "reply_to_user", "text"),
                    new AddColumn("messages", "reply_to_excerpt", "text"),
                    // mentions: the users a text mentions
                    new AddColumn("messages", "mentions", "list<text>"),
                    new Statement("""
                    CREATE TABLE IF NOT EXISTS %1$s.message_replies (room_id uuid, parent_id bigint, message_id bigint,
                      deleted boolean, PRIMARY KEY ((room_id, parent_id), message_id))
                      WITH CLUSTERING ORDER BY (message_id DESC)"""),
                    // pins: a room's pinned messages, who pinned each and when
                    new Statement("""
                    CREATE TABLE IF NOT EXISTS %1$s.pins (room_id uuid, message_id bigint, pinned_by text,
                      pinned_at timestamp, PRIMARY KEY (room_id, message_id))""")));

    /** The schema version this code writes and reads. */
    static final int VERSION = MIGRATIONS.size();

    /** One idempotent schema change. */
    private sealed interface Step {
    }

    /** A statement that is idempotent itself ({@code IF NOT EXISTS}); {@code %1$s} is the keyspace. */
    private record Statement(String cql) implements Step {
    }

    /**
     * A column added unless it exists: ScyllaDB has no {@code ADD IF NOT EXISTS}, so the schema tables are
     * asked first, and a node that lost the race to add it finds it there afterwards.
     */
    private record AddColumn(String table, String column, String type) implements Step {
    }

    private static List<Step> statements(String... cql) {
        return java.util.Arrays.stream(cql).<Step>map(Statement::new).toList();
    }

    private final Cql cql;
    private final ScyllaSettings settings;

    ScyllaSchema(Cql cql, ScyllaSettings settings) {
        this.cql = cql;
        this.settings = settings;
    }

    /** Creates the keyspace and applies the migrations this keyspace has not seen yet. */
    void apply() {
        applyUpTo(VERSION);
    }

    /** Applies the migrations up to {@code target} only: what an older release left behind (tests). */
    void applyUpTo(int target) {
        cql.ddl("CREATE KEYSPACE IF NOT EXISTS " + settings.keyspace() + " WITH replication = " + settings.replication());
        cql.ddl("CREATE TABLE IF NOT EXISTS " + settings.keyspace()
                + ".schema_version (component text, version int, applied_at timestamp, PRIMARY KEY (component, version))");
        int current = cql.rows("SELECT version FROM " + cql.table("schema_version") + " WHERE component = ?",
                (Row row) -> row.getInt("version"), "chat").stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int version = current + 1; version <= target; version++) {
            for (Step step : MIGRATIONS.get(version - 1)) {
                switch (step) {
                    case Statement statement -> cql.ddl(statement.cql().formatted(settings.keyspace()));
                    case AddColumn add -> addColumn(add);
                }
            }
            cql.run("INSERT INTO " + cql.table("schema_version") + " (component, version, applied_at) VALUES (?, ?, ?)",
                    "chat", version, Instant.now());
            log.info("Applied schema version {} to keyspace {}", version, settings.keyspace());
        }
    }

    private void addColumn(AddColumn add) {
        if (hasColumn(add.table(), add.column())) {
            return;
        }
        try {
            cql.ddl("ALTER TABLE " + cql.table(add.table()) + " ADD " + add.column() + " " + add.type());
        } catch (RuntimeException e) {
            if (!hasColumn(add.table(), add.column())) {
                throw e;
            }
        }
    }

    private boolean hasColumn(String table, String column) {
        return !cql.rows("SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ?"
                        + " AND column_name = ?", row -> row.getString("column_name"), settings.keyspace(), table, column)
                .isEmpty();
    }
}
