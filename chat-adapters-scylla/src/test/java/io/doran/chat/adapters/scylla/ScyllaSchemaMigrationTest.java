package io.doran.chat.adapters.scylla;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration.ScyllaStore;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.stream.IntStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A keyspace an older release left behind is brought to the current schema, and its data reads as before. */
class ScyllaSchemaMigrationTest {

    final CqlSession session = ScyllaTestStore.session();
    final String keyspace = "doran_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final ScyllaSettings settings = new ScyllaSettings(keyspace, "{'class': 'SimpleStrategy', 'replication_factor': 1}",
            ScyllaSettings.level("LOCAL_QUORUM"), ScyllaSettings.level("LOCAL_SERIAL"), Duration.ofDays(10));

    @AfterEach
    void dropKeyspace() {
        schema("DROP KEYSPACE IF EXISTS " + keyspace);
    }

    /** Schema changes take a while on a busy test machine. */
    private void schema(String cql) {
        session.execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(60)));
    }

    @Test
    void a_version_1_keyspace_gains_the_admission_column_and_the_message_lookup_and_keeps_its_rooms() {
        new ScyllaSchema(new Cql(session, settings), settings).applyUpTo(1);
        UUID roomId = UUID.randomUUID();
        session.execute("INSERT INTO " + keyspace + ".rooms (room_id, name, visibility, created_by, created_at, version)"
                + " VALUES (" + roomId + ", 'old', 'private', 'alice', '" + Instant.parse("2026-01-01T00:00:00Z") + "', 0)");

        ScyllaStore store = ScyllaStore.open(session, settings, Clock.systemUTC());
        ScyllaStore again = ScyllaStore.open(session, settings, Clock.systemUTC());

        ChatRoom old = store.rooms().findById(new RoomId(roomId)).orElseThrow();
        assertThat(old.admission()).isEqualTo(Admission.INVITE_ONLY);
        assertThat(again.rooms().findById(new RoomId(roomId))).isPresent();
        assertThat(session.execute("SELECT version FROM " + keyspace + ".schema_version WHERE component = 'chat'").all())
                .extracting(row -> row.getInt("version"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, ScyllaSchema.VERSION).boxed().toList());
        assertThat(session.execute("SELECT column_name FROM system_schema.columns WHERE keyspace_name = '" + keyspace
                + "' AND table_name = 'message_rooms'").all()).hasSize(2);
    }

    @Test
    void a_message_edited_before_edit_history_counts_one_edit_and_has_no_earlier_versions() {
        new ScyllaSchema(new Cql(session, settings), settings).applyUpTo(3);
        UUID roomId = UUID.randomUUID();
        MessageId id = MessageId.firstAt(Instant.parse("2026-01-01T00:00:00Z"));
        int bucket = new Buckets(settings.bucket()).of(id);
        session.execute("INSERT INTO " + keyspace + ".messages (room_id, bucket, message_id, author_id, type, content,"
                + " created_at, edited_at) VALUES (" + roomId + ", " + bucket + ", " + id.value() + ", 'alice', 'text',"
                + " 'changed', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z')");

        ScyllaStore store = ScyllaStore.open(session, settings, Clock.systemUTC());

        assertThat(store.messages().find(new RoomId(roomId), id)).hasValueSatisfying(m -> assertThat(m.editCount()).isEqualTo(1));
        assertThat(store.messages().revisions(new RoomId(roomId), id)).isEmpty();
    }

    @Test
    void adding_a_column_that_another_node_added_first_is_no_error() {
        new ScyllaSchema(new Cql(session, settings), settings).applyUpTo(1);
        schema("ALTER TABLE " + keyspace + ".rooms ADD admission text");

        ScyllaStore store = ScyllaStore.open(session, settings, Clock.systemUTC());

        assertThat(store.rooms().findById(RoomId.random())).isEmpty();
        assertThat(session.execute("SELECT version FROM " + keyspace + ".schema_version WHERE component = 'chat'").all())
                .hasSize(ScyllaSchema.VERSION);
    }
}
