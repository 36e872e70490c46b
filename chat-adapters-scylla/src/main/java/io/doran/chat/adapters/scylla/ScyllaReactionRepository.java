package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.Row;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.message.Reactions;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reactions in ScyllaDB, one row per (message, kind, user) in the message's time bucket, so the
 * set semantics of 000 are the primary key's; adding and removing are lightweight transactions that
 * tell whether anything changed.
 */
public class ScyllaReactionRepository implements ReactionRepository {

    private final Cql cql;
    private final Buckets buckets;

    ScyllaReactionRepository(Cql cql, Buckets buckets) {
        this.cql = cql;
        this.buckets = buckets;
    }

    @Override
    public boolean add(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind) {
        int bucket = buckets.of(messageId);
        cql.run("INSERT INTO " + cql.table("reaction_buckets") + " (room_id, bucket) VALUES (?, ?)", roomId.value(), bucket);
        return cql.applied("INSERT INTO " + cql.table("reactions") + " (room_id, bucket, message_id, kind, user_id)"
                + " VALUES (?, ?, ?, ?, ?) IF NOT EXISTS", roomId.value(), bucket, messageId.value(), kind.value(), user.value());
    }

    @Override
    public boolean remove(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind) {
        return cql.applied("DELETE FROM " + cql.table("reactions") + " WHERE room_id = ? AND bucket = ? AND message_id = ?"
                + " AND kind = ? AND user_id = ? IF EXISTS", roomId.value(), buckets.of(messageId), messageId.value(),
                kind.value(), user.value());
    }

    @Override
    public Map<MessageId, ReactionSummary> summaries(RoomId roomId, Collection<MessageId> messageIds,
                                                      Optional<UserId> viewer) {
        Map<Integer, List<Long>> byBucket = new TreeMap<>();
        messageIds.forEach(id -> byBucket.computeIfAbsent(buckets.of(id), b -> new ArrayList<>()).add(id.value()));
        Map<MessageId, Reactions> reactions = new HashMap<>();
        byBucket.forEach((bucket, ids) -> {
            for (Row row : cql.run("SELECT message_id, kind, user_id FROM " + cql.table("reactions")
                    + " WHERE room_id = ? AND bucket = ? AND message_id IN ?", roomId.value(), bucket, ids)) {
                reactions.computeIfAbsent(new MessageId(row.getLong("message_id")), id -> new Reactions())
                        .add(UserId.of(row.getString("user_id")), new ReactionKind(row.getString("kind")));
            }
        });
        Map<MessageId, ReactionSummary> summaries = new HashMap<>();
        reactions.forEach((id, r) -> summaries.put(id, r.summaryFor(viewer)));
        return summaries;
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        for (int bucket : cql.rows("SELECT bucket FROM " + cql.table("reaction_buckets") + " WHERE room_id = ?",
                row -> row.getInt("bucket"), roomId.value())) {
            cql.run("DELETE FROM " + cql.table("reactions") + " WHERE room_id = ? AND bucket = ?", roomId.value(), bucket);
        }
        cql.run("DELETE FROM " + cql.table("reaction_buckets") + " WHERE room_id = ?", roomId.value());
    }
}
