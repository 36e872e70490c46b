package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/**
 * Read markers in ScyllaDB. Each write carries the marked message's id as its write timestamp, so the
 * store itself keeps the newest marker whatever order concurrent writes arrive in (forward only, 000)
 * — no lightweight transaction needed.
 */
public class ScyllaReadMarkerRepository implements ReadMarkerRepository {

    /** Deletes win over every marker ever written (message ids are far below it). */
    private static final long DELETE_TIMESTAMP = Long.MAX_VALUE - 1;

    private final Cql cql;

    ScyllaReadMarkerRepository(Cql cql) {
        this.cql = cql;
    }

    @Override
    public Optional<ReadMarker> find(RoomId roomId, UserId user) {
        return cql.rows("SELECT last_read, read_at FROM " + cql.table("read_markers") + " WHERE room_id = ? AND user_id = ?",
                row -> new ReadMarker(roomId, user, new MessageId(row.getLong("last_read")), row.getInstant("read_at")),
                roomId.value(), user.value()).stream().findFirst();
    }

    @Override
    public boolean advance(ReadMarker marker) {
        Optional<ReadMarker> stored = find(marker.roomId(), marker.userId());
        if (stored.isPresent() && !marker.lastRead().isAfter(stored.get().lastRead())) {
            return false;
        }
        cql.run("INSERT INTO " + cql.table("read_markers") + " (room_id, user_id, last_read, read_at) VALUES (?, ?, ?, ?)"
                        + " USING TIMESTAMP ?", marker.roomId().value(), marker.userId().value(), marker.lastRead().value(),
                marker.at(), marker.lastRead().value());
        return true;
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        cql.run("DELETE FROM " + cql.table("read_markers") + " USING TIMESTAMP ? WHERE room_id = ?", DELETE_TIMESTAMP,
                roomId.value());
    }
}
