package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;

/**
 * Pinned messages in ScyllaDB (pins, issue 18): one partition per room, a row per pinned message. Pinning and
 * unpinning are lightweight transactions, so two moderators racing tell the room once.
 */
public class ScyllaPinRepository implements PinRepository {

    private final Cql cql;

    ScyllaPinRepository(Cql cql) {
        this.cql = cql;
    }

    @Override
    public boolean add(Pin pin) {
        return cql.applied("INSERT INTO " + cql.table("pins") + " (room_id, message_id, pinned_by, pinned_at)"
                        + " VALUES (?, ?, ?, ?) IF NOT EXISTS", pin.roomId().value(), pin.messageId().value(),
                pin.pinnedBy().value(), pin.pinnedAt());
    }

    @Override
    public boolean remove(RoomId roomId, MessageId messageId) {
        return cql.applied("DELETE FROM " + cql.table("pins") + " WHERE room_id = ? AND message_id = ? IF EXISTS",
                roomId.value(), messageId.value());
    }

    @Override
    public List<Pin> list(RoomId roomId) {
        return cql.rows("SELECT * FROM " + cql.table("pins") + " WHERE room_id = ?",
                        row -> new Pin(roomId, new MessageId(row.getLong("message_id")),
                                UserId.of(row.getString("pinned_by")), row.getInstant("pinned_at")), roomId.value())
                .stream()
                .sorted(Comparator.comparing(Pin::pinnedAt).thenComparing(pin -> pin.messageId().value()).reversed())
                .toList();
    }

    @Override
    public int count(RoomId roomId) {
        return cql.rows("SELECT COUNT(*) AS pins FROM " + cql.table("pins") + " WHERE room_id = ?",
                row -> (int) row.getLong("pins"), roomId.value()).stream().findFirst().orElse(0);
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        cql.run("DELETE FROM " + cql.table("pins") + " WHERE room_id = ?", roomId.value());
    }
}
