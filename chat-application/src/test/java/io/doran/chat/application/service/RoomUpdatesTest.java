package io.doran.chat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.out.ConcurrentRoomUpdateException;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Room changes are compare-and-set writes, retried a bounded number of times on fresh state. */
class RoomUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");

    private final ChatRoom stored = ChatRoom.restore(RoomId.random(), new RoomName("study"), Visibility.PRIVATE,
            Admission.INVITE_ONLY, null, ALICE, NOW, null, List.of(new Participant(ALICE, Role.MEMBER, null, NOW),
                    new Participant(BOB, Role.MEMBER, null, NOW)), 3);

    /** A repository holding one room whose writes lose the race {@code lostRaces} times first. */
    private final class OneRoom implements RoomRepository {
        final AtomicInteger loads = new AtomicInteger();
        final List<ChatRoom> written = new ArrayList<>();
        final ChatRoom kept;
        int lostRaces;

        OneRoom(ChatRoom kept, int lostRaces) {
            this.kept = kept;
            this.lostRaces = lostRaces;
        }

        OneRoom(int lostRaces) {
            this(stored, lostRaces);
        }

        @Override
        public void insert(ChatRoom room) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ChatRoom> findById(RoomId id) {
            loads.incrementAndGet();
            return id.equals(kept.id()) ? Optional.of(kept.copy()) : Optional.empty();
        }

        @Override
        public void update(ChatRoom room) {
            if (lostRaces > 0) {
                lostRaces--;
                throw new ConcurrentRoomUpdateException(room.id(), room.version());
            }
            written.add(room);
        }

        @Override
        public void delete(RoomId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ChatRoom> findByParticipant(UserId user) {
            return List.of();
        }
    }

    @Test
    void a_change_is_applied_to_the_stored_room_and_written_once() {
        OneRoom rooms = new OneRoom(0);

        RoomUpdates.Changed<?> changed = new RoomUpdates(rooms)
                .update(stored.id(), room -> room.rename(ALICE, new RoomName("exam"), NOW));

        assertThat(changed.room().name()).isEqualTo(new RoomName("exam"));
        assertThat(rooms.written).singleElement().satisfies(room -> assertThat(room.version()).isEqualTo(3));
    }

    @Test
    void a_lost_race_is_retried_on_freshly_loaded_state() {
        OneRoom rooms = new OneRoom(RoomUpdates.MAX_ATTEMPTS - 1);

        new RoomUpdates(rooms).update(stored.id(), room -> room.rename(ALICE, new RoomName("exam"), NOW));

        assertThat(rooms.loads).hasValue(RoomUpdates.MAX_ATTEMPTS);
        assertThat(rooms.written).singleElement().satisfies(room -> assertThat(room.name().value()).isEqualTo("exam"));
    }

    @Test
    void losing_every_attempt_ends_in_a_conflict() {
        OneRoom rooms = new OneRoom(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new RoomUpdates(rooms)
                .update(stored.id(), room -> room.rename(ALICE, new RoomName("exam"), NOW)))
                .isInstanceOf(ChatException.class)
                .satisfies(e -> assertThat(((ChatException) e).code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(rooms.loads).hasValue(RoomUpdates.MAX_ATTEMPTS);
        assertThat(rooms.written).isEmpty();
    }

    @Test
    void a_refused_change_writes_nothing() {
        OneRoom rooms = new OneRoom(0);

        assertThatThrownBy(() -> new RoomUpdates(rooms)
                .update(stored.id(), room -> room.rename(UserId.of("mallory"), new RoomName("mine"), NOW)))
                .isInstanceOf(ChatException.class)
                .satisfies(e -> assertThat(((ChatException) e).code()).isEqualTo(ErrorCode.NOT_A_PARTICIPANT));
        assertThat(rooms.written).isEmpty();
    }

    @Test
    void a_room_left_empty_is_not_written_but_handed_back_for_deletion() {
        ChatRoom alone = ChatRoom.restore(RoomId.random(), new RoomName("solo"), Visibility.PRIVATE,
                Admission.INVITE_ONLY, null, ALICE, NOW, null, List.of(new Participant(ALICE, Role.MEMBER, null, NOW)), 0);
        OneRoom rooms = new OneRoom(alone, 0);

        RoomUpdates.Changed<?> changed = new RoomUpdates(rooms)
                .update(alone.id(), room -> room.removeParticipant(ALICE, ALICE, NOW));

        assertThat(changed.room().isEmpty()).isTrue();
        assertThat(rooms.written).isEmpty();
    }

    @Test
    void a_missing_room_is_not_found() {
        assertThatThrownBy(() -> new RoomUpdates(new OneRoom(0)).update(RoomId.random(), room -> null))
                .isInstanceOf(ChatException.class)
                .satisfies(e -> assertThat(((ChatException) e).code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND));
    }
}
