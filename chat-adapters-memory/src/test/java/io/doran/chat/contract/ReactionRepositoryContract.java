package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReactionRepository} does; each implementation extends this unchanged. */
public abstract class ReactionRepositoryContract {

    static final ReactionKind LIKE = new ReactionKind("like");
    static final ReactionKind SAD = new ReactionKind("sad");

    protected ReactionRepository repository;
    protected final RoomId room = RoomId.random();

    protected abstract ReactionRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    @Test
    void adding_is_a_set_operation() {
        assertThat(repository.add(room, id(1), ALICE, LIKE)).isTrue();
        assertThat(repository.add(room, id(1), ALICE, LIKE)).isFalse();
        assertThat(repository.add(room, id(1), BOB, LIKE)).isTrue();
        assertThat(repository.add(room, id(1), ALICE, SAD)).isTrue();

        ReactionSummary summary = repository.summaries(room, List.of(id(1)), Optional.of(ALICE)).get(id(1));

        assertThat(summary.counts()).isEqualTo(Map.of(LIKE, 2L, SAD, 1L));
        assertThat(summary.mine()).containsExactlyInAnyOrder(LIKE, SAD);
    }

    @Test
    void removing_takes_away_only_what_is_there() {
        repository.add(room, id(1), ALICE, LIKE);

        assertThat(repository.remove(room, id(1), BOB, LIKE)).isFalse();
        assertThat(repository.remove(room, id(1), ALICE, LIKE)).isTrue();
        assertThat(repository.remove(room, id(1), ALICE, LIKE)).isFalse();
        assertThat(repository.summaries(room, List.of(id(1)), Optional.of(ALICE))).doesNotContainKey(id(1));
    }

    @Test
    void summaries_cover_the_asked_messages_with_the_viewers_own_kinds() {
        repository.add(room, id(1), ALICE, LIKE);
        repository.add(room, id(2), BOB, SAD);
        repository.add(room, id(3), BOB, SAD);

        Map<MessageId, ReactionSummary> forBob = repository.summaries(room, List.of(id(1), id(2), id(4)), Optional.of(BOB));
        Map<MessageId, ReactionSummary> anonymous = repository.summaries(room, List.of(id(2)), Optional.empty());

        assertThat(forBob).containsOnlyKeys(id(1), id(2));
        assertThat(forBob.get(id(1)).mine()).isEmpty();
        assertThat(forBob.get(id(2)).mine()).containsExactly(SAD);
        assertThat(anonymous.get(id(2)).counts()).containsEntry(SAD, 1L);
        assertThat(anonymous.get(id(2)).mine()).isEmpty();
    }

    @Test
    void concurrent_adds_of_one_reaction_count_once() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                if (repository.add(room, id(1), ALICE, LIKE)) {
                    changed.incrementAndGet();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(changed).hasValue(1);
        assertThat(repository.summaries(room, List.of(id(1)), Optional.empty()).get(id(1)).counts()).containsEntry(LIKE, 1L);
    }

    @Test
    void deleting_a_room_forgets_its_reactions() {
        repository.add(room, id(1), ALICE, LIKE);

        repository.deleteRoom(room);

        assertThat(repository.summaries(room, List.of(id(1)), Optional.empty())).isEmpty();
    }
}
