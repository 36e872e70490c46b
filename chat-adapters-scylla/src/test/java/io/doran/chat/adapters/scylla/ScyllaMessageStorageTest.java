package io.doran.chat.adapters.scylla;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.scylla.ScyllaAdapterConfiguration.ScyllaStore;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the CQL schema adds to the contract: bucket boundaries, TTL expiry, bounded partitions. */
class ScyllaMessageStorageTest {

    static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
    static final UserId AUTHOR = UserId.of("author");

    final ScyllaStore hourly = ScyllaTestStore.storeWithBuckets(Duration.ofHours(1), Clock.systemUTC());
    final RoomId room = RoomId.random();

    Message message(Instant at, int sequence) {
        MessageId id = new MessageId(MessageId.firstAt(at).value() + sequence);
        return Message.restore(id, room, AUTHOR, MessageType.TEXT, "at " + at + " #" + sequence, null, at, null, null,
                null, null);
    }

    @Test
    void paging_crosses_bucket_boundaries_without_gaps_or_duplicates_both_ways() {
        List<MessageId> saved = new ArrayList<>();
        for (int hour = 0; hour < 6; hour++) {
            if (hour == 3) {
                continue;
            }
            for (int i = 0; i < 7; i++) {
                Message m = message(START.plus(Duration.ofHours(hour)).plusSeconds(i * 60L), i);
                hourly.messages().save(m, Optional.empty());
                saved.add(m.id());
            }
        }
        Message hidden = message(START.plus(Duration.ofHours(2)).plusSeconds(30), 99);
        hourly.messages().save(hidden, Optional.empty());
        hourly.messages().save(Message.restore(hidden.id(), room, AUTHOR, MessageType.TEXT, "x", null, hidden.createdAt(),
                null, hidden.createdAt(), AUTHOR, null), Optional.empty());

        List<MessageId> backwards = new ArrayList<>();
        MessagePage page = hourly.messages().page(room, HistoryCursor.latest(), 4);
        page.messages().forEach(m -> backwards.add(m.id()));
        while (page.hasMore()) {
            page = hourly.messages().page(room, new HistoryCursor.Before(backwards.getLast()), 4);
            page.messages().forEach(m -> backwards.add(m.id()));
        }
        List<MessageId> forwards = new ArrayList<>();
        MessageId cursor = new MessageId(1);
        do {
            page = hourly.messages().page(room, new HistoryCursor.After(cursor), 6);
            List<MessageId> chunk = page.messages().stream().map(Message::id).toList().reversed();
            forwards.addAll(chunk);
            if (!chunk.isEmpty()) {
                cursor = chunk.getLast();
            }
        } while (page.hasMore());

        assertThat(hourly.messages().bucketsOf(room)).hasSize(5);
        assertThat(backwards).containsExactlyElementsOf(saved.reversed());
        assertThat(forwards).containsExactlyElementsOf(saved);
        assertThat(hourly.messages().countAfter(room, Optional.of(saved.get(6)), UserId.of("reader"), 100))
                .isEqualTo(saved.size() - 7);
    }

    @Test
    void messages_of_an_expiring_room_disappear_with_it() {
        Message message = message(Instant.now(), 1);
        // Long enough to be found right after the save on a loaded machine, short enough to wait for.
        hourly.messages().save(message, Optional.of(Instant.now().plusSeconds(8)));
        Message lasting = message(Instant.now(), 2);
        hourly.messages().save(lasting, Optional.empty());
        assertThat(hourly.messages().find(room, message.id())).isPresent();
        assertThat(hourly.messages().find(message.id())).isPresent();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (hourly.messages().find(room, message.id()).isPresent() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }

        assertThat(hourly.messages().find(room, message.id())).isEmpty();
        assertThat(hourly.messages().find(room, lasting.id())).isPresent();
        assertThat(ScyllaTestStore.session().execute("SELECT room_id FROM " + ScyllaTestStore.KEYSPACE
                + ".message_rooms WHERE message_id = " + message.id().value()).one()).isNull();
        assertThat(hourly.messages().find(lasting.id())).isPresent();
    }

    @Test
    void the_schema_is_idempotent_and_versioned() {
        ScyllaStore again = ScyllaStore.open(ScyllaTestStore.session(), ScyllaTestStore.settings(Duration.ofDays(10)),
                Clock.systemUTC());

        var versions = ScyllaTestStore.session().execute("SELECT version FROM " + ScyllaTestStore.KEYSPACE
                + ".schema_version WHERE component = 'chat'").all();

        assertThat(again).isNotNull();
        assertThat(versions).hasSize(ScyllaSchema.VERSION);
    }
}
