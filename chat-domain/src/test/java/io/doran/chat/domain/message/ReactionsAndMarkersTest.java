package io.doran.chat.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReactionsAndMarkersTest {

    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final ReactionKind LIKE = new ReactionKind("like");
    static final ReactionKind SAD = new ReactionKind("sad");
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void each_user_holds_each_kind_at_most_once() {
        Reactions reactions = new Reactions();

        assertThat(reactions.add(ALICE, LIKE)).isTrue();
        assertThat(reactions.add(ALICE, LIKE)).isFalse();
        assertThat(reactions.add(BOB, LIKE)).isTrue();
        assertThat(reactions.add(ALICE, SAD)).isTrue();

        assertThat(reactions.counts()).containsEntry(LIKE, 2L).containsEntry(SAD, 1L);
        assertThat(reactions.of(ALICE)).containsExactlyInAnyOrder(LIKE, SAD);
    }

    @Test
    void removing_is_allowed_and_removing_what_is_not_there_changes_nothing() {
        Reactions reactions = new Reactions();
        reactions.add(ALICE, LIKE);

        assertThat(reactions.remove(BOB, LIKE)).isFalse();
        assertThat(reactions.remove(ALICE, LIKE)).isTrue();
        assertThat(reactions.remove(ALICE, LIKE)).isFalse();
        assertThat(reactions.counts()).isEmpty();
        assertThat(reactions.isEmpty()).isTrue();
    }

    @Test
    void a_summary_has_the_counts_and_the_viewers_own_kinds() {
        Reactions reactions = new Reactions();
        reactions.add(ALICE, LIKE);
        reactions.add(BOB, SAD);

        ReactionSummary forBob = reactions.summaryFor(Optional.of(BOB));
        ReactionSummary anonymous = reactions.summaryFor(Optional.empty());

        assertThat(forBob.counts()).containsEntry(LIKE, 1L).containsEntry(SAD, 1L);
        assertThat(forBob.mine()).containsExactly(SAD);
        assertThat(anonymous.mine()).isEmpty();
    }

    @Test
    void a_read_marker_only_moves_forward() {
        RoomId room = RoomId.random();
        ReadMarker marker = ReadMarker.first(room, ALICE, new MessageId(10), T0);

        assertThat(marker.advanceTo(new MessageId(9), T0)).isEmpty();
        assertThat(marker.advanceTo(new MessageId(10), T0)).isEmpty();
        assertThat(marker.advanceTo(new MessageId(11), T0.plusSeconds(1)))
                .hasValueSatisfying(moved -> {
                    assertThat(moved.lastRead()).isEqualTo(new MessageId(11));
                    assertThat(moved.at()).isEqualTo(T0.plusSeconds(1));
                });
    }
}
