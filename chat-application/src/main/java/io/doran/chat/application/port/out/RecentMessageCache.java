package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.Optional;

/**
 * The last messages of each room (SPEC §6, 000/003: the last 20), serving the first history page without
 * touching the database and kept right on send, edit and delete. Each room's entry has a version that
 * every change bumps; a warm-up only fills the entry if no change happened since it read the database,
 * so a send racing a warm-up can never be lost from the cache.
 */
public interface RecentMessageCache {

    /** The cached window, when the room is warm. */
    Optional<RecentWindow> get(RoomId roomId);

    /** The room's change counter, read before loading the window from the database. */
    long version(RoomId roomId);

    /** Fills the room's entry if its version is still {@code expectedVersion}; true when filled. */
    boolean fill(RoomId roomId, RecentWindow window, long expectedVersion);

    /**
     * A message was posted: bumps the version and, when warm, puts it first (dropping the oldest beyond capacity),
     * unless the window already holds it (a warm-up that read the database after it was stored).
     */
    void append(Message message);

    /** A message was edited: bumps the version and, when warm and cached, replaces it in place. */
    void replace(Message message);

    /** A message was deleted: bumps the version and drops the room's entry. */
    void remove(RoomId roomId, MessageId messageId);

    /** Drops the room's entry (room deleted). */
    void evict(RoomId roomId);

    /** How many messages a warm entry holds at most. */
    int capacity();
}
