package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.T0;
import static io.doran.chat.contract.Fixtures.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomRepository} does; each implementation extends this unchanged. */
public abstract class RoomRepositoryContract {

    protected RoomRepository repository;
    /** Users of this test only: a shared store may hold other tests' rooms of other users. */
    protected final UserId ALICE = Fixtures.unique("alice");
    protected final UserId BOB = Fixtures.unique("bob");
    protected final UserId CAROL = Fixtures.unique("carol");

    protected abstract RoomRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    @Test
    void a_room_is_stored_with_all_its_state() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("스터디 🙂"), List.of(BOB, CAROL),
                Visibility.PUBLIC, new PostId("post-9"), Duration.ofHours(24), T0);
        room.setDisplayName(BOB, BOB, new DisplayName("밥"), T0);

        repository.insert(room);
        ChatRoom loaded = repository.findById(room.id()).orElseThrow();

        assertThat(loaded.name()).isEqualTo(room.name());
        assertThat(loaded.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(loaded.admission()).isEqualTo(Admission.INVITE_ONLY);
        assertThat(loaded.postId()).contains(new PostId("post-9"));
        assertThat(loaded.createdBy()).isEqualTo(ALICE);
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.expiresAt()).contains(T0.plus(Duration.ofHours(24)));
        assertThat(loaded.participants()).containsExactlyElementsOf(room.participants());
        assertThat(loaded.version()).isZero();
    }

    @Test
    void a_room_open_to_anyone_stays_open_through_its_updates_and_indexes_who_joined() {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("중고 거래"), List.of(), Visibility.PRIVATE,
                Admission.ANYONE, new PostId("1"), null, T0);
        repository.insert(room);

        ChatRoom loaded = repository.findById(room.id()).orElseThrow();
        loaded.join(BOB, T0.plusSeconds(1));
        repository.update(loaded);

        ChatRoom again = repository.findById(room.id()).orElseThrow();
        assertThat(again.admission()).isEqualTo(Admission.ANYONE);
        assertThat(again.participants()).extracting(Participant::userId).containsExactly(ALICE, BOB);
        assertThat(repository.findByParticipant(BOB)).extracting(ChatRoom::id).containsExactly(room.id());
    }

    @Test
    void an_unknown_room_is_absent() {
        assertThat(repository.findById(RoomId.random())).isEmpty();
    }

    @Test
    void an_update_stores_the_change_and_bumps_the_version() {
        ChatRoom room = room(ALICE, BOB);
        repository.insert(room);

        ChatRoom loaded = repository.findById(room.id()).orElseThrow();
        loaded.rename(ALICE, new RoomName("renamed"), T0);
        loaded.addParticipant(ALICE, CAROL, Role.MEMBER, T0.plusSeconds(1));
        repository.update(loaded);

        ChatRoom again = repository.findById(room.id()).orElseThrow();
        assertThat(again.name().value()).isEqualTo("renamed");
        assertThat(again.participants()).extracting(Participant::userId).containsExactly(ALICE, BOB, CAROL);
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        ChatRoom room = room(ALICE, BOB);
        repository.insert(room);
        ChatRoom first = repository.findById(room.id()).orElseThrow();
        ChatRoom second = repository.findById(room.id()).orElseThrow();
        first.rename(ALICE, new RoomName("first"), T0);
        repository.update(first);

        second.rename(BOB, new RoomName("second"), T0);

        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(ConcurrentRoomUpdateException.class);
        assertThat(repository.findById(room.id()).orElseThrow().name().value()).isEqualTo("first");
    }

    @Test
    void updating_a_deleted_room_is_refused() {
        ChatRoom room = room(ALICE, BOB);
        repository.insert(room);
        ChatRoom loaded = repository.findById(room.id()).orElseThrow();
        repository.delete(room.id());

        assertThatThrownBy(() -> repository.update(loaded)).isInstanceOf(ConcurrentRoomUpdateException.class);
        assertThat(repository.findById(room.id())).isEmpty();
    }

    @Test
    void rooms_by_participant_follow_additions_and_removals() {
        ChatRoom one = room(ALICE, BOB);
        ChatRoom two = room(ALICE, CAROL);
        repository.insert(one);
        repository.insert(two);

        assertThat(repository.findByParticipant(ALICE)).extracting(ChatRoom::id).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(repository.findByParticipant(BOB)).extracting(ChatRoom::id).containsExactly(one.id());

        ChatRoom loaded = repository.findById(one.id()).orElseThrow();
        loaded.removeParticipant(BOB, BOB, T0);
        repository.update(loaded);
        repository.delete(two.id());

        assertThat(repository.findByParticipant(BOB)).isEmpty();
        assertThat(repository.findByParticipant(ALICE)).extracting(ChatRoom::id).containsExactly(one.id());
        assertThat(repository.findByParticipant(CAROL)).isEmpty();
    }

    @Test
    void deleting_an_unknown_room_is_no_error() {
        repository.delete(RoomId.random());
        assertThat(repository.findByParticipant(ALICE)).isEmpty();
    }

    @Test
    void what_a_caller_does_to_a_loaded_room_does_not_change_the_store() {
        ChatRoom room = room(ALICE, BOB);
        repository.insert(room);

        repository.findById(room.id()).orElseThrow().rename(ALICE, new RoomName("not saved"), T0);
        room.rename(ALICE, new RoomName("not saved either"), T0);

        assertThat(repository.findById(room.id()).orElseThrow().name().value()).isEqualTo("room");
    }
}
