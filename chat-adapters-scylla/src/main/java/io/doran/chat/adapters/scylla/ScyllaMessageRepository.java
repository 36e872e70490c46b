package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageRevision;
import io.doran.chat.domain.message.ReplyTo;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How many rooms' newest written bucket this node remembers before it starts over. */
    static final int WRITTEN_BUCKETS = 100_000;

    /**
     * A bucket row this node wrote, with the expiry it was written for. A room's messages all expire at the room's
     * expiry (or never), so the bucket row its first message wrote outlives the later ones with the same expiry,
     * and they need not write it again.
     */
    private record KnownBucket(int bucket, Optional<Instant> expiresAt) {
    }

    private final Cql cql;
    private final Buckets buckets;
    private final Clock clock;
    private final Map<RoomId, KnownBucket> writtenBuckets = new ConcurrentHashMap<>();

    ScyllaMessageRepository(Cql cql, Buckets buckets, Clock clock) {
        this.cql = cql;
        this.buckets = buckets;
        this.clock = clock;
    }

    /**
     * One statement: the message's row, its {@code message_rooms} entry and, for a reply, its
     * {@code message_replies} entry, as one unlogged batch; the room's {@code message_buckets} row joins it only
     * when this node has not written that bucket with the same expiry yet ({@link #bucketKnown}).
     */
    @Override
    public void save(Message m, Optional<Instant> expiresAt) {
        int ttl = ttl(expiresAt);
        int bucket = buckets.of(m.id());
        List<BoundStatement> writes = new ArrayList<>(4);
        KnownBucket known = new KnownBucket(bucket, expiresAt);
        boolean bucketKnown = known.equals(writtenBuckets.get(m.roomId()));
        if (!bucketKnown) {
            writes.add(cql.bind("INSERT INTO " + cql.table("message_buckets") + " (room_id, bucket) VALUES (?, ?) USING TTL ?",
                    m.roomId().value(), bucket, ttl));
        }
        writes.add(cql.bind("INSERT INTO " + cql.table("messages") + " (room_id, bucket, message_id, author_id, type, content,"
                        + " image_url, created_at, edited_at, deleted_at, deleted_by, client_message_id, edit_count,"
                        + " reply_to_id, reply_to_user, reply_to_excerpt, mentions)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?",
                m.roomId().value(), bucket, m.id().value(), m.authorId().value(), m.type().wireName(),
                m.content().orElse(null), m.imageUrl().orElse(null), m.createdAt(), m.editedAt().orElse(null),
                m.deletedAt().orElse(null), m.deletedBy().map(UserId::value).orElse(null),
                m.clientMessageId().map(ClientMessageId::value).orElse(null), m.editCount(),
                m.replyTo().map(to -> to.messageId().value()).orElse(null),
                m.replyTo().map(to -> to.userId().value()).orElse(null),
                m.replyTo().map(ReplyTo::excerpt).orElse(null),
                m.mentions().isEmpty() ? null : m.mentions().stream().map(UserId::value).toList(), ttl));
        if (m.replyTo().isPresent()) {
            writes.add(cql.bind("INSERT INTO " + cql.table("message_replies") + " (room_id, parent_id, message_id, deleted)"
                            + " VALUES (?, ?, ?, ?) USING TTL ?", m.roomId().value(),
                    m.replyTo().get().messageId().value(), m.id().value(), m.isDeleted(), ttl));
        }
        writes.add(cql.bind("INSERT INTO " + cql.table("message_rooms") + " (message_id, room_id) VALUES (?, ?) USING TTL ?",
                m.id().value(), m.roomId().value(), ttl));
        cql.runUnloggedBatch(writes);
        if (!bucketKnown) {
            if (writtenBuckets.size() >= WRITTEN_BUCKETS) {
                writtenBuckets.clear();
            }
            writtenBuckets.put(m.roomId(), known);
        }
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
        return countAfter(roomId, after, "author_id", row -> !reader.value().equals(row.getString("author_id")), cap);
    }

    @Override
    public int countMentionsAfter(RoomId roomId, Optional<MessageId> after, UserId user, int cap) {
        return countAfter(roomId, after, "mentions",
                row -> row.getList("mentions", String.class).contains(user.value()), cap);
    }

    /**
     * The visible rows newer than {@code after} that {@code counts}, newest bucket first, until {@code cap}: reads
     * {@code column} and {@code deleted_at} only.
     */
    private int countAfter(RoomId roomId, Optional<MessageId> after, String column, Predicate<Row> counts, int cap) {
        int count = 0;
        int lowest = after.map(buckets::of).orElse(Integer.MIN_VALUE);
        String select = "SELECT " + column + ", deleted_at FROM " + cql.table("messages")
                + " WHERE room_id = ? AND bucket = ?";
        for (int bucket : bucketsOf(roomId)) {
            if (bucket < lowest) {
                break;
            }
            BoundStatement statement = after.isPresent()
                    ? cql.bind(select + " AND message_id > ?", roomId.value(), bucket, after.get().value())
                    : cql.bind(select, roomId.value(), bucket);
            Iterator<Row> rows = cql.run(statement.setPageSize(Math.min(5_000, cap * 2 + 10))).iterator();
            while (count < cap && Cql.guard(rows::hasNext)) {
                Row row = rows.next();
                if (row.getInstant("deleted_at") == null && counts.test(row)) {
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

    /** One row per revision, its number the clustering key: writing it again rewrites the same row. */
    @Override
    public void saveRevision(RoomId roomId, MessageRevision revision, Optional<Instant> expiresAt) {
        cql.run("INSERT INTO " + cql.table("message_edits") + " (room_id, message_id, revision, content, written_at,"
                        + " replaced_at) VALUES (?, ?, ?, ?, ?, ?) USING TTL ?", roomId.value(),
                revision.messageId().value(), revision.revision(), revision.content(), revision.writtenAt(),
                revision.replacedAt(), ttl(expiresAt));
    }

    /** Only while the message itself exists: a deleted room's revisions are dropped with its messages below. */
    @Override
    public List<MessageRevision> revisions(RoomId roomId, MessageId id) {
        if (find(roomId, id).isEmpty()) {
            return List.of();
        }
        return cql.rows("SELECT * FROM " + cql.table("message_edits") + " WHERE room_id = ? AND message_id = ?",
                row -> new MessageRevision(new MessageId(row.getLong("message_id")), row.getInt("revision"),
                        row.getString("content"), row.getInstant("written_at"), row.getInstant("replaced_at")),
                roomId.value(), id.value());
    }

    /**
     * The newest visible replies older than {@code before}, read newest first from the parent's partition of
     * {@code message_replies} and then each from its own row (at most {@code limit + 1} reads).
     */
    @Override
    public MessagePage replies(RoomId roomId, MessageId parent, Optional<MessageId> before, int limit) {
        BoundStatement select = before.isPresent()
                ? cql.bind("SELECT message_id, deleted FROM " + cql.table("message_replies")
                        + " WHERE room_id = ? AND parent_id = ? AND message_id < ?", roomId.value(), parent.value(),
                        before.get().value())
                : cql.bind("SELECT message_id, deleted FROM " + cql.table("message_replies")
                        + " WHERE room_id = ? AND parent_id = ?", roomId.value(), parent.value());
        Iterator<Row> rows = cql.run(select.setPageSize(limit + 20)).iterator();
        List<Message> newestFirst = new ArrayList<>();
        boolean more = false;
        while (Cql.guard(rows::hasNext)) {
            Row row = rows.next();
            if (row.getBoolean("deleted")) {
                continue;
            }
            Optional<Message> reply = find(roomId, new MessageId(row.getLong("message_id"))).filter(m -> !m.isDeleted());
            if (reply.isEmpty()) {
                continue;
            }
            if (newestFirst.size() == limit) {
                more = true;
                break;
            }
            newestFirst.add(reply.get());
        }
        return new MessagePage(newestFirst.reversed(), more);
    }

    /** One read of the parents' partitions of {@code message_replies}, counted here. */
    @Override
    public Map<MessageId, Integer> replyCounts(RoomId roomId, Collection<MessageId> parents) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        Map<MessageId, Integer> counts = new HashMap<>();
        List<Long> ids = parents.stream().map(MessageId::value).distinct().toList();
        for (Row row : cql.run("SELECT parent_id, deleted FROM " + cql.table("message_replies")
                + " WHERE room_id = ? AND parent_id IN ?", roomId.value(), ids)) {
            if (!row.getBoolean("deleted")) {
                counts.merge(new MessageId(row.getLong("parent_id")), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Drops the room's message partitions, the edit histories of its edited messages (found by their
     * {@code edit_count}, one partition each) and the reply lists of the messages replied to.
     */
    @Override
    public void deleteRoom(RoomId roomId) {
        for (int bucket : bucketsOf(roomId)) {
            for (Row row : cql.run("SELECT message_id, edit_count, reply_to_id FROM " + cql.table("messages")
                    + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket)) {
                if (!row.isNull("edit_count") && row.getInt("edit_count") > 0) {
                    cql.run("DELETE FROM " + cql.table("message_edits") + " WHERE room_id = ? AND message_id = ?",
                            roomId.value(), row.getLong("message_id"));
                }
                if (!row.isNull("reply_to_id")) {
                    cql.run("DELETE FROM " + cql.table("message_replies") + " WHERE room_id = ? AND parent_id = ?",
                            roomId.value(), row.getLong("reply_to_id"));
                }
            }
            cql.run("DELETE FROM " + cql.table("messages") + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket);
        }
        cql.run("DELETE FROM " + cql.table("message_buckets") + " WHERE room_id = ?", roomId.value());
        writtenBuckets.remove(roomId);
    }

    private int ttl(Optional<Instant> expiresAt) {
        return expiresAt.map(at -> (int) Math.max(1, Duration.between(clock.instant(), at).toSeconds())).orElse(0);
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
                clientMessageId == null ? null : new ClientMessageId(clientMessageId), editCount(row),
                row.isNull("reply_to_id") ? null : new ReplyTo(new MessageId(row.getLong("reply_to_id")),
                        UserId.of(row.getString("reply_to_user")), row.getString("reply_to_excerpt")),
                row.getList("mentions", String.class).stream().map(UserId::of).toList());
    }

    /** Rows written before schema version 4 have no count: an edited one counts one edit. */
    private static int editCount(Row row) {
        if (!row.isNull("edit_count")) {
            return row.getInt("edit_count");
        }
        return row.getInstant("edited_at") == null ? 0 : 1;
    }
}
