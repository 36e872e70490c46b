package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ConcurrentRoomUpdateException;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Rooms in memory: copies in, copies out, compare-and-set on the version, and a rooms-by-user index. */
public class MemoryRoomRepository implements RoomRepository {

    private final Map<RoomId, ChatRoom> rooms = new ConcurrentHashMap<>();
    private final Map<UserId, Set<RoomId>> roomsByUser = new ConcurrentHashMap<>();

    @Override
    public void insert(ChatRoom room) {
        if (rooms.putIfAbsent(room.id(), room.copy()) != null) {
            throw new IllegalStateException("room " + room.id() + " exists already");
        }
        room.participants().forEach(p -> index(p.userId()).add(room.id()));
    }

    @Override
    public Optional<ChatRoom> findById(RoomId id) {
        return Optional.ofNullable(rooms.get(id)).map(ChatRoom::copy);
    }

    @Override
    public void update(ChatRoom room) {
        ChatRoom next = room.withVersion(room.version() + 1);
        boolean[] stored = {false};
        ChatRoom[] previous = new ChatRoom[1];
        rooms.computeIfPresent(room.id(), (id, current) -> {
            if (current.version() != room.version()) {
                return current;
            }
            stored[0] = true;
            previous[0] = current;
            return next;
        });
        if (!stored[0]) {
            throw new ConcurrentRoomUpdateException(room.id(), room.version());
        }
        previous[0].participants().stream().map(Participant::userId).filter(u -> !next.isParticipant(u))
                .forEach(u -> index(u).remove(room.id()));
        next.participants().forEach(p -> index(p.userId()).add(room.id()));
    }

    @Override
    public void delete(RoomId id) {
        ChatRoom removed = rooms.remove(id);
        if (removed != null) {
            removed.participants().forEach(p -> index(p.userId()).remove(id));
        }
    }

    @Override
    public List<ChatRoom> findByParticipant(UserId user) {
        return index(user).stream().map(this::findById).flatMap(Optional::stream)
                .filter(room -> room.isParticipant(user)).toList();
    }

    private Set<RoomId> index(UserId user) {
        return roomsByUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
    }
}
