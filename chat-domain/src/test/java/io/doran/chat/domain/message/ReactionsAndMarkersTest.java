package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
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

    @Test
    void removing_one_of_two_users_keeps_the_count_of_the_other() {
        Reactions reactions = new Reactions();
        reactions.add(ALICE, LIKE);
        reactions.add(BOB, LIKE);

        reactions.remove(ALICE, LIKE);

        assertThat(reactions.counts()).containsExactly(java.util.Map.entry(LIKE, 1L));
        assertThat(reactions.of(ALICE)).isEmpty();
        assertThat(reactions.of(BOB)).containsExactly(LIKE);
    }

    @Test
    void adding_twice_does_not_count_twice() {
        Reactions reactions = new Reactions();

        reactions.add(ALICE, LIKE);
        reactions.add(ALICE, LIKE);

        assertThat(reactions.counts()).containsExactly(java.util.Map.entry(LIKE, 1L));
        assertThat(reactions.summaryFor(Optional.of(ALICE)).mine()).containsExactly(LIKE);
    }

    @Test
    void kinds_nobody_holds_are_not_counted_and_nobody_holds_anything_at_first() {
        Reactions reactions = new Reactions();

        assertThat(reactions.counts()).isEmpty();
        assertThat(reactions.of(ALICE)).isEmpty();
        assertThat(reactions.summaryFor(Optional.of(ALICE))).isEqualTo(ReactionSummary.empty());
    }

    @Test
    void a_summary_is_a_snapshot() {
        Reactions reactions = new Reactions();
        reactions.add(ALICE, LIKE);
        ReactionSummary before = reactions.summaryFor(Optional.of(ALICE));

        reactions.add(BOB, LIKE);
        reactions.remove(ALICE, LIKE);

        assertThat(before.counts()).containsEntry(LIKE, 1L);
        assertThat(before.mine()).containsExactly(LIKE);
    }

    @Test
    void reaction_kinds_are_short_lowercase_names() {
        assertThat(new ReactionKind("thumbs_up-2").value()).isEqualTo("thumbs_up-2");
        assertThat(new ReactionKind("a" + "b".repeat(31)).value()).hasSize(32);
        for (String bad : new String[] {"", "Like", "1like", "-like", "li ke", "a" + "b".repeat(32), "좋아요"}) {
            io.doran.chat.domain.Refusals.refused(io.doran.chat.domain.error.ErrorCode.INVALID_REACTION,
                    () -> new ReactionKind(bad));
        }
    }

    @Test
    void the_default_reactions_are_like_love_laugh_sad_and_angry() {
        assertThat(ReactionPolicy.defaults().allowed()).extracting(ReactionKind::value)
                .containsExactlyInAnyOrder("like", "love", "laugh", "sad", "angry");
        assertThat(ReactionPolicy.defaults().kind(" sad ")).isEqualTo(SAD);
    }

    @Test
    void a_read_marker_moving_forward_keeps_its_room_and_reader() {
        RoomId room = RoomId.random();
        ReadMarker marker = ReadMarker.first(room, ALICE, new MessageId(10), T0);

        ReadMarker moved = marker.advanceTo(new MessageId(20), T0.plusSeconds(2)).orElseThrow();
        ReadMarker again = moved.advanceTo(new MessageId(30), T0.plusSeconds(3)).orElseThrow();

        assertThat(again).isEqualTo(new ReadMarker(room, ALICE, new MessageId(30), T0.plusSeconds(3)));
        assertThat(again.advanceTo(new MessageId(20), T0.plusSeconds(4))).isEmpty();
        assertThat(marker.lastRead()).isEqualTo(new MessageId(10));
    }
}
