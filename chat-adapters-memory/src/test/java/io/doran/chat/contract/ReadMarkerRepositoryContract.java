package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.T0;
import static io.doran.chat.contract.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.shared.RoomId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReadMarkerRepository} does; each implementation extends this unchanged. */
public abstract class ReadMarkerRepositoryContract {

    protected ReadMarkerRepository repository;
    protected final RoomId room = RoomId.random();

    protected abstract ReadMarkerRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    @Test
    void the_first_marker_is_stored() {
        assertThat(repository.find(room, ALICE)).isEmpty();

        assertThat(repository.advance(ReadMarker.first(room, ALICE, id(5), T0))).isTrue();

        assertThat(repository.find(room, ALICE)).map(ReadMarker::lastRead).contains(id(5));
        assertThat(repository.find(room, BOB)).isEmpty();
    }

    @Test
    void the_store_keeps_markers_moving_forward_only() {
        repository.advance(ReadMarker.first(room, ALICE, id(5), T0));

        assertThat(repository.advance(ReadMarker.first(room, ALICE, id(3), T0.plusSeconds(1)))).isFalse();
        assertThat(repository.advance(ReadMarker.first(room, ALICE, id(5), T0.plusSeconds(1)))).isFalse();
        assertThat(repository.find(room, ALICE)).map(ReadMarker::lastRead).contains(id(5));
        assertThat(repository.advance(ReadMarker.first(room, ALICE, id(9), T0.plusSeconds(2)))).isTrue();
        assertThat(repository.find(room, ALICE)).map(ReadMarker::lastRead).contains(id(9));
    }

    @Test
    void deleting_a_room_forgets_its_markers() {
        repository.advance(ReadMarker.first(room, ALICE, id(5), T0));

        repository.deleteRoom(room);

        assertThat(repository.find(room, ALICE)).isEmpty();
    }
}
