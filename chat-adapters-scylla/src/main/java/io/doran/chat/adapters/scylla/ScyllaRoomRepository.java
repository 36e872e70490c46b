package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.doran.chat.application.port.out.ConcurrentRoomUpdateException;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rooms in ScyllaDB: one row per room with its participants (so a change is one atomic row write),
 * written with a lightweight transaction on the version (compare-and-set, SPEC §7), and a
 * {@code rooms_by_user} index for the room list. The index is kept after each write and read
 * defensively (a stale entry is filtered out), so a crash between the two never shows a user a room
 * they left.
 */
public class ScyllaRoomRepository implements RoomRepository {

    private final Cql cql;
    private final UserDefinedType participantType;

    ScyllaRoomRepository(Cql cql, UserDefinedType participantType) {
        this.cql = cql;
        this.participantType = participantType;
    }

    @Override
    public void insert(ChatRoom room) {
        boolean applied = cql.applied("INSERT INTO " + cql.table("rooms") + " (room_id, name, visibility, admission,"
                + " post_id, created_by, created_at, expires_at, version, participants)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS",
                room.id().value(), room.name().value(), room.visibility().wireName(), room.admission().wireName(),
                room.postId().map(PostId::value).orElse(null), room.createdBy().value(), room.createdAt(),
                room.expiresAt().orElse(null), room.version(), participants(room));
        if (!applied) {
            throw new IllegalStateException("room " + room.id() + " exists already");
        }
        index(room, Set.of());
    }

    @Override
    public Optional<ChatRoom> findById(RoomId id) {
        return cql.rows("SELECT * FROM " + cql.table("rooms") + " WHERE room_id = ?", this::room, id.value())
                .stream().findFirst();
    }

    @Override
    public void update(ChatRoom room) {
        Set<UserId> before = findById(room.id()).map(r -> participantIds(r)).orElse(Set.of());
        boolean applied = cql.applied("UPDATE " + cql.table("rooms") + " SET name = ?, participants = ?, version = ?"
                        + " WHERE room_id = ? IF version = ?",
                room.name().value(), participants(room), room.version() + 1, room.id().value(), room.version());
        if (!applied) {
            throw new ConcurrentRoomUpdateException(room.id(), room.version());
        }
        index(room, before);
    }

    @Override
    public void delete(RoomId id) {
        Optional<ChatRoom> room = findById(id);
        cql.run("DELETE FROM " + cql.table("rooms") + " WHERE room_id = ?", id.value());
        room.ifPresent(r -> participantIds(r).forEach(user -> unindex(user, id)));
    }

    @Override
    public List<ChatRoom> findByParticipant(UserId user) {
        List<UUID> ids = cql.rows("SELECT room_id FROM " + cql.table("rooms_by_user") + " WHERE user_id = ?",
                row -> row.getUuid("room_id"), user.value());
        List<ChatRoom> rooms = new ArrayList<>();
        for (UUID id : ids) {
            findById(new RoomId(id)).filter(room -> room.isParticipant(user)).ifPresent(rooms::add);
        }
        return rooms;
    }

    private void index(ChatRoom room, Set<UserId> before) {
        Set<UserId> now = participantIds(room);
        for (UserId user : now) {
            cql.run("INSERT INTO " + cql.table("rooms_by_user") + " (user_id, room_id) VALUES (?, ?)", user.value(),
                    room.id().value());
        }
        for (UserId user : before) {
            if (!now.contains(user)) {
                unindex(user, room.id());
            }
        }
    }

    private void unindex(UserId user, RoomId room) {
        cql.run("DELETE FROM " + cql.table("rooms_by_user") + " WHERE user_id = ? AND room_id = ?", user.value(),
                room.value());
    }

    private static Set<UserId> participantIds(ChatRoom room) {
        Set<UserId> ids = new HashSet<>();
        room.participants().forEach(p -> ids.add(p.userId()));
        return ids;
    }

    private Map<String, UdtValue> participants(ChatRoom room) {
        Map<String, UdtValue> map = new LinkedHashMap<>();
        for (Participant p : room.participants()) {
            map.put(p.userId().value(), participantType.newValue(p.role().wireName(), p.displayName().value(),
                    p.joinedAt()));
        }
        return map;
    }

    private ChatRoom room(Row row) {
        Map<String, UdtValue> stored = row.getMap("participants", String.class, UdtValue.class);
        List<Participant> participants = new ArrayList<>();
        if (stored != null) {
            stored.forEach((user, value) -> participants.add(new Participant(UserId.of(user),
                    Role.parse(value.getString("role")), new DisplayName(value.getString("display_name")),
                    value.getInstant("joined_at"))));
        }
        String postId = row.getString("post_id");
        String admission = row.getString("admission");
        return ChatRoom.restore(new RoomId(row.getUuid("room_id")), new RoomName(row.getString("name")),
                Visibility.parse(row.getString("visibility")),
                admission == null ? Admission.INVITE_ONLY : Admission.parse(admission),
                postId == null ? null : new PostId(postId),
                UserId.of(row.getString("created_by")), row.getInstant("created_at"), row.getInstant("expires_at"),
                participants, row.getLong("version"));
    }
}
