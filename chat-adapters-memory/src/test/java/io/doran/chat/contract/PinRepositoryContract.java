package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.shared.RoomId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PinRepository} does (pins, issue 18); each implementation extends this unchanged. */
public abstract class PinRepositoryContract {

    protected PinRepository repository;
    protected final RoomId room = RoomId.random();

    protected abstract PinRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    Pin pin(int n, int secondsAfter) {
        return new Pin(room, Fixtures.id(n), n % 2 == 0 ? ALICE : BOB, Fixtures.T0.plusSeconds(secondsAfter));
    }

    @Test
    void pins_are_listed_most_recently_pinned_first_and_counted() {
        repository.add(pin(1, 10));
        repository.add(pin(2, 30));
        repository.add(pin(3, 20));

        assertThat(repository.list(room)).containsExactly(pin(2, 30), pin(3, 20), pin(1, 10));
        assertThat(repository.count(room)).isEqualTo(3);
        assertThat(repository.list(RoomId.random())).isEmpty();
        assertThat(repository.count(RoomId.random())).isZero();
    }

    @Test
    void pinning_twice_keeps_the_first_pin() {
        assertThat(repository.add(pin(1, 10))).isTrue();

        assertThat(repository.add(pin(1, 50))).isFalse();

        assertThat(repository.list(room)).containsExactly(pin(1, 10));
    }

    @Test
    void unpinning_removes_once() {
        repository.add(pin(1, 10));

        assertThat(repository.remove(room, Fixtures.id(1))).isTrue();
        assertThat(repository.remove(room, Fixtures.id(1))).isFalse();
        assertThat(repository.list(room)).isEmpty();
        assertThat(repository.count(room)).isZero();
    }

    @Test
    void deleting_a_room_forgets_its_pins() {
        repository.add(pin(1, 10));

        repository.deleteRoom(room);

        assertThat(repository.list(room)).isEmpty();
    }
}
