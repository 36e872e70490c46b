package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Messages in ScyllaDB (SPEC §6): partitioned by {@code (room_id, bucket)}, clustered newest first, so
 * a page is a slice of one or a few partitions; {@code message_buckets} lists a room's non-empty
 * buckets so paging crosses bucket boundaries without scanning empty ones. Edits and soft deletes
 * rewrite the row in place; messages of an expiring room are written with a TTL.
 */
public class ScyllaMessageRepository implements MessageRepository {

    /** How many rows a search reads at most, newest first: search is a convenience, not a full-text index. */
    static final int SEARCH_SCAN_LIMIT = 5_000;

    private final Cql cql;
    private final Buckets buckets;
    private final Clock clock;

    ScyllaMessageRepository(Cql cql, Buckets buckets, Clock clock) {
        this.cql = cql;
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    public void save(Message m, Optional<Instant> expiresAt) {
        int ttl = expiresAt.map(at -> (int) Math.max(1, Duration.between(clock.instant(), at).toSeconds())).orElse(0);
        int bucket = buckets.of(m.id());
        cql.run("INSERT INTO " + cql.table("message_buckets") + " (room_id, bucket) VALUES (?, ?) USING TTL ?",
                m.roomId().value(), bucket, ttl);
        cql.run("INSERT INTO " + cql.table("messages") + " (room_id, bucket, message_id, author_id, type, content,"
                        + " image_url, created_at, edited_at, deleted_at, deleted_by, client_message_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?",
                m.roomId().value(), bucket, m.id().value(), m.authorId().value(), m.type().wireName(),
                m.content().orElse(null), m.imageUrl().orElse(null), m.createdAt(), m.editedAt().orElse(null),
                m.deletedAt().orElse(null), m.deletedBy().map(UserId::value).orElse(null),
                m.clientMessageId().map(ClientMessageId::value).orElse(null), ttl);
        cql.run("INSERT INTO " + cql.table("message_rooms") + " (message_id, room_id) VALUES (?, ?) USING TTL ?",
                m.id().value(), m.roomId().value(), ttl);
    }

    /**
     * Through {@code message_rooms}, then the message's own row: an entry left by a deleted room (whose rows
     * are dropped by partition) leads nowhere and answers empty. Messages stored before schema version 3
     * have no entry and are found only with their room.
     */
    @Override
    public Optional<Message> find(MessageId id) {
        return cql.rows("SELECT room_id FROM " + cql.table("message_rooms") + " WHERE message_id = ?",
                        row -> new RoomId(row.getUuid("room_id")), id.value())
                .stream().findFirst().flatMap(roomId -> find(roomId, id));
    }

    @Override
    public Optional<Message> find(RoomId roomId, MessageId id) {
        return cql.rows("SELECT * FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ? AND message_id = ?",
                this::message, roomId.value(), buckets.of(id), id.value()).stream().findFirst();
    }

    @Override
    public MessagePage page(RoomId roomId, HistoryCursor cursor, int limit) {
        List<Message> found = switch (cursor) {
            case HistoryCursor.Latest latest -> newestFirst(roomId, null, limit + 1, m -> !m.isDeleted());
            case HistoryCursor.Before before -> newestFirst(roomId, before.id(), limit + 1, m -> !m.isDeleted());
            case HistoryCursor.After after -> oldestFirst(roomId, after.id(), limit + 1);
        };
        boolean more = found.size() > limit;
        List<Message> page = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
        return new MessagePage(cursor instanceof HistoryCursor.After ? page.reversed() : page, more);
    }

    @Override
    public Optional<Message> latest(RoomId roomId) {
        return newestFirst(roomId, null, 1, m -> !m.isDeleted()).stream().findFirst();
    }

    @Override
    public int countAfter(RoomId roomId, Optional<MessageId> after, UserId reader, int cap) {
        int count = 0;
        int lowest = after.map(buckets::of).orElse(Integer.MIN_VALUE);
        for (int bucket : bucketsOf(roomId)) {
            if (bucket < lowest) {
                break;
            }
            BoundStatement select = after.isPresent()
                    ? cql.bind("SELECT author_id, deleted_at FROM " + cql.table("messages")
                            + " WHERE room_id = ? AND bucket = ? AND message_id > ?", roomId.value(), bucket, after.get().value())
                    : cql.bind("SELECT author_id, deleted_at FROM " + cql.table("messages")
                            + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket);
            Iterator<Row> rows = cql.run(select.setPageSize(Math.min(5_000, cap * 2 + 10))).iterator();
            while (count < cap && Cql.guard(rows::hasNext)) {
                Row row = rows.next();
                if (row.getInstant("deleted_at") == null && !reader.value().equals(row.getString("author_id"))) {
                    count++;
                }
            }
            if (count >= cap) {
                return cap;
            }
        }
        return count;
    }

    @Override
    public List<Message> search(RoomId roomId, String query, int limit) {
        String needle = query.toLowerCase(Locale.ROOT);
        List<Message> found = new ArrayList<>();
        int scanned = 0;
        for (int bucket : bucketsOf(roomId)) {
            Iterator<Row> rows = cql.run(cql.bind("SELECT * FROM " + cql.table("messages")
                    + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket).setPageSize(500)).iterator();
            while (found.size() < limit && scanned < SEARCH_SCAN_LIMIT && Cql.guard(rows::hasNext)) {
                Message message = message(rows.next());
                scanned++;
                if (!message.isDeleted() && message.content().map(c -> c.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)) {
                    found.add(message);
                }
            }
            if (found.size() >= limit || scanned >= SEARCH_SCAN_LIMIT) {
                break;
            }
        }
        return found;
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        for (int bucket : bucketsOf(roomId)) {
            cql.run("DELETE FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket);
        }
        cql.run("DELETE FROM " + cql.table("message_buckets") + " WHERE room_id = ?", roomId.value());
    }

    /** The room's non-empty buckets, newest first. */
    List<Integer> bucketsOf(RoomId roomId) {
        return cql.rows("SELECT bucket FROM " + cql.table("message_buckets") + " WHERE room_id = ?",
                row -> row.getInt("bucket"), roomId.value());
    }

    /** Up to {@code wanted} matching messages older than {@code before} (or the newest), newest first. */
    private List<Message> newestFirst(RoomId roomId, MessageId before, int wanted, Predicate<Message> keep) {
        List<Message> found = new ArrayList<>(wanted);
        int highest = before == null ? Integer.MAX_VALUE : buckets.of(before);
        for (int bucket : bucketsOf(roomId)) {
            if (bucket > highest) {
                continue;
            }
            BoundStatement select = before != null && bucket == highest
                    ? cql.bind("SELECT * FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ? AND message_id < ?",
                            roomId.value(), bucket, before.value())
                    : cql.bind("SELECT * FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ?",
                            roomId.value(), bucket);
            if (collect(cql.run(select.setPageSize(wanted + 20)).iterator(), found, wanted, keep)) {
                break;
            }
        }
        return found;
    }

    /** Up to {@code wanted} visible messages newer than {@code after}, oldest first. */
    private List<Message> oldestFirst(RoomId roomId, MessageId after, int wanted) {
        List<Message> found = new ArrayList<>(wanted);
        int lowest = buckets.of(after);
        for (int bucket : bucketsOf(roomId).reversed()) {
            if (bucket < lowest) {
                continue;
            }
            BoundStatement select = bucket == lowest
                    ? cql.bind("SELECT * FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ? AND message_id > ?"
                            + " ORDER BY message_id ASC", roomId.value(), bucket, after.value())
                    : cql.bind("SELECT * FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ?"
                            + " ORDER BY message_id ASC", roomId.value(), bucket);
            if (collect(cql.run(select.setPageSize(wanted + 20)).iterator(), found, wanted, m -> !m.isDeleted())) {
                break;
            }
        }
        return found;
    }

    /** Adds kept rows until {@code wanted} are found; true when they are. */
    private boolean collect(Iterator<Row> rows, List<Message> found, int wanted, Predicate<Message> keep) {
        while (found.size() < wanted && Cql.guard(rows::hasNext)) {
            Message message = message(rows.next());
            if (keep.test(message)) {
                found.add(message);
            }
        }
        return found.size() >= wanted;
    }

    private Message message(Row row) {
        String deletedBy = row.getString("deleted_by");
        String clientMessageId = row.getString("client_message_id");
        return Message.restore(new MessageId(row.getLong("message_id")), new RoomId(row.getUuid("room_id")),
                UserId.of(row.getString("author_id")), MessageType.parse(row.getString("type")),
                row.getString("content"), row.getString("image_url"), row.getInstant("created_at"),
                row.getInstant("edited_at"), row.getInstant("deleted_at"),
                deletedBy == null ? null : UserId.of(deletedBy),
                clientMessageId == null ? null : new ClientMessageId(clientMessageId));
    }
}
