package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.clientId;
import static io.doran.chat.contract.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ClientMessageIds} does; each implementation extends this unchanged. */
public abstract class ClientMessageIdsContract {

    static final Duration DAY = Duration.ofHours(24);

    protected ClientMessageIds ids;
    protected final RoomId room = RoomId.random();

    protected abstract ClientMessageIds newClientMessageIds();

    @BeforeEach
    void setUpIds() {
        ids = newClientMessageIds();
    }

    @Test
    void the_first_claim_wins_and_later_ones_get_its_message() {
        assertThat(ids.claim(room, ALICE, clientId("c1"), id(1), DAY)).isEmpty();
        assertThat(ids.claim(room, ALICE, clientId("c1"), id(2), DAY)).contains(id(1));
    }

    @Test
    void claims_are_per_user_and_per_room() {
        ids.claim(room, ALICE, clientId("c1"), id(1), DAY);

        assertThat(ids.claim(room, BOB, clientId("c1"), id(2), DAY)).isEmpty();
        assertThat(ids.claim(RoomId.random(), ALICE, clientId("c1"), id(3), DAY)).isEmpty();
    }

    @Test
    void a_released_claim_can_be_made_again() {
        ids.claim(room, ALICE, clientId("c1"), id(1), DAY);

        ids.release(room, ALICE, clientId("c1"));

        assertThat(ids.claim(room, ALICE, clientId("c1"), id(2), DAY)).isEmpty();
    }

    @Test
    void a_claim_is_taken_over_only_from_the_message_it_still_names() {
        ids.claim(room, ALICE, clientId("c1"), id(1), DAY);

        assertThat(ids.takeOver(room, ALICE, clientId("c1"), id(9), id(2), DAY)).isFalse();
        assertThat(ids.takeOver(room, ALICE, clientId("c1"), id(1), id(2), DAY)).isTrue();
        assertThat(ids.takeOver(room, ALICE, clientId("c1"), id(1), id(3), DAY)).isFalse();
        assertThat(ids.claim(room, ALICE, clientId("c1"), id(4), DAY)).contains(id(2));
        assertThat(ids.takeOver(room, BOB, clientId("c1"), id(1), id(5), DAY)).isFalse();
    }

    @Test
    void of_concurrent_take_overs_exactly_one_wins() throws InterruptedException {
        ids.claim(room, ALICE, clientId("race"), id(1), DAY);
        ConcurrentLinkedQueue<Boolean> answers = new ConcurrentLinkedQueue<>();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int n = t + 2;
            threads[t] = new Thread(() -> answers.add(ids.takeOver(room, ALICE, clientId("race"), id(1), id(n), DAY)));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(answers.stream().filter(Boolean::booleanValue)).hasSize(1);
    }

    @Test
    void of_concurrent_claims_exactly_one_wins() throws InterruptedException {
        ConcurrentLinkedQueue<Optional<MessageId>> answers = new ConcurrentLinkedQueue<>();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int n = t + 1;
            threads[t] = new Thread(() -> answers.add(ids.claim(room, ALICE, clientId("race"), id(n), DAY)));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(answers.stream().filter(Optional::isEmpty)).hasSize(1);
        assertThat(answers.stream().flatMap(Optional::stream).distinct()).hasSize(1);
    }
}
