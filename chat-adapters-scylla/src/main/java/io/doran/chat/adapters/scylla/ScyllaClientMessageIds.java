package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Idempotent sends (002) in ScyllaDB: a lightweight transaction claims the client id (and moves it to a retry's
 * message), which expires after its TTL.
 */
public class ScyllaClientMessageIds implements ClientMessageIds {

    private final Cql cql;

    ScyllaClientMessageIds(Cql cql) {
        this.cql = cql;
    }

    @Override
    public Optional<MessageId> claim(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId candidate,
                                     Duration ttl) {
        ResultSet result = cql.run("INSERT INTO " + cql.table("client_message_ids")
                        + " (room_id, user_id, client_message_id, message_id) VALUES (?, ?, ?, ?) IF NOT EXISTS USING TTL ?",
                roomId.value(), user.value(), clientMessageId.value(), candidate.value(), (int) ttl.toSeconds());
        if (result.wasApplied()) {
            return Optional.empty();
        }
        Row existing = result.one();
        return Optional.of(new MessageId(existing.getLong("message_id")));
    }

    @Override
    public boolean takeOver(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId previous,
                            MessageId candidate, Duration ttl) {
        return cql.run("UPDATE " + cql.table("client_message_ids") + " USING TTL ? SET message_id = ?"
                        + " WHERE room_id = ? AND user_id = ? AND client_message_id = ? IF message_id = ?",
                (int) ttl.toSeconds(), candidate.value(), roomId.value(), user.value(), clientMessageId.value(),
                previous.value()).wasApplied();
    }

    @Override
    public void release(RoomId roomId, UserId user, ClientMessageId clientMessageId) {
        cql.run("DELETE FROM " + cql.table("client_message_ids") + " WHERE room_id = ? AND user_id = ? AND client_message_id = ?",
                roomId.value(), user.value(), clientMessageId.value());
    }
}
