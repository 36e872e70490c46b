package io.doran.chat.application.port.out;

import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Where rooms and their participants are kept (SPEC §6: rooms, participants by room, rooms by user).
 * Writes are compare-and-set on {@link ChatRoom#version()}, so two concurrent changes to one room never
 * silently overwrite each other, on one node or many.
 */
public interface RoomRepository {

    /** Stores a new room (version 0); an existing id is a programming error ({@link IllegalStateException}). */
    void insert(ChatRoom room);

    /** The room as stored now, with its current version. */
    Optional<ChatRoom> findById(RoomId id);

    /**
     * Replaces the stored room if its stored version still equals {@code room.version()}; the stored
     * version becomes {@code room.version() + 1}.
     *
     * @throws ConcurrentRoomUpdateException when another writer changed (or deleted) the room since it was loaded
     */
    void update(ChatRoom room);

    /** Removes the room and its participant index; a missing room is no error. */
    void delete(RoomId id);

    /** The rooms {@code user} participates in, in no particular order. */
    List<ChatRoom> findByParticipant(UserId user);
}
