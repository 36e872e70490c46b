package io.doran.chat.domain.live;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveRoomTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final Duration IDLE = Duration.ofMinutes(30);
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final ConnectionId A1 = new ConnectionId("a1");
    static final ConnectionId A2 = new ConnectionId("a2");
    static final ConnectionId B1 = new ConnectionId("b1");

    final LiveRoom room = new LiveRoom(RoomId.random(), IDLE);

    @Test
    void a_new_live_room_is_creating_and_the_first_join_makes_it_active() {
        assertThat(room.state()).isEqualTo(LiveRoomState.CREATING);

        assertThat(room.join(A1, ALICE, T0)).isTrue();

        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        assertThat(room.memberCount()).isEqualTo(1);
    }

    @Test
    void several_connections_of_one_user_count_as_one_member() {
        room.join(A1, ALICE, T0);

        assertThat(room.join(A2, ALICE, T0)).isFalse();
        assertThat(room.join(B1, BOB, T0)).isTrue();
        assertThat(room.memberCount()).isEqualTo(2);
        assertThat(room.connectionCount()).isEqualTo(3);
        assertThat(room.connectionsOf(ALICE)).containsExactlyInAnyOrder(A1, A2);
        assertThat(room.leave(A1, T0)).isFalse();
        assertThat(room.leave(A2, T0)).isTrue();
        assertThat(room.members()).containsExactly(BOB);
    }

    @Test
    void joining_twice_with_one_connection_changes_nothing() {
        room.join(A1, ALICE, T0);

        assertThat(room.join(A1, ALICE, T0)).isFalse();
        assertThat(room.connectionCount()).isEqualTo(1);
    }

    @Test
    void when_the_last_connection_leaves_the_room_goes_idle_until_its_deadline() {
        room.join(A1, ALICE, T0);

        room.leave(A1, T0.plusSeconds(10));

        assertThat(room.state()).isEqualTo(LiveRoomState.IDLE);
        assertThat(room.idleDeadline()).contains(T0.plusSeconds(10).plus(IDLE));
        assertThat(room.expireIfIdle(T0.plusSeconds(10).plus(IDLE).minusMillis(1))).isFalse();
        assertThat(room.state()).isEqualTo(LiveRoomState.IDLE);
    }

    @Test
    void a_join_while_idle_makes_it_active_again() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);

        room.join(B1, BOB, T0.plusSeconds(60));

        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        assertThat(room.idleDeadline()).isEmpty();
        assertThat(room.expireIfIdle(T0.plus(IDLE).plusSeconds(1))).isFalse();
    }

    @Test
    void at_the_deadline_an_idle_room_starts_closing_refuses_joins_and_then_closes() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);

        assertThat(room.expireIfIdle(T0.plus(IDLE))).isTrue();
        assertThat(room.state()).isEqualTo(LiveRoomState.CLOSING);
        refused(ErrorCode.ROOM_CLOSING, () -> room.join(B1, BOB, T0.plus(IDLE)));

        room.close();

        assertThat(room.state()).isEqualTo(LiveRoomState.CLOSED);
        refused(ErrorCode.ROOM_CLOSING, () -> room.join(B1, BOB, T0.plus(IDLE)));
    }

    @Test
    void only_a_closing_room_closes() {
        assertThatThrownBy(room::close).isInstanceOf(IllegalStateException.class);
        room.join(A1, ALICE, T0);
        assertThatThrownBy(room::close).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void active_and_creating_rooms_never_expire() {
        assertThat(room.expireIfIdle(T0.plus(Duration.ofDays(1)))).isFalse();
        room.join(A1, ALICE, T0);
        assertThat(room.expireIfIdle(T0.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void leaving_with_an_unknown_connection_changes_nothing() {
        room.join(A1, ALICE, T0);

        assertThat(room.leave(B1, T0)).isFalse();
        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        assertThat(room.hasConnection(A1)).isTrue();
    }

    @Test
    void a_room_with_one_connection_left_stays_active() {
        room.join(A1, ALICE, T0);
        room.join(B1, BOB, T0);

        assertThat(room.leave(A1, T0.plusSeconds(1))).isTrue();

        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        assertThat(room.idleDeadline()).isEmpty();
        assertThat(room.memberCount()).isEqualTo(1);
    }

    @Test
    void a_user_with_two_connections_makes_the_room_idle_only_when_both_left() {
        room.join(A1, ALICE, T0);
        room.join(A2, ALICE, T0);

        room.leave(A1, T0.plusSeconds(1));
        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        room.leave(A2, T0.plusSeconds(2));

        assertThat(room.state()).isEqualTo(LiveRoomState.IDLE);
        assertThat(room.idleDeadline()).contains(T0.plusSeconds(2).plus(IDLE));
        assertThat(room.memberCount()).isZero();
        assertThat(room.members()).isEmpty();
        assertThat(room.connections()).isEmpty();
    }

    @Test
    void the_same_user_rejoining_while_idle_is_a_member_again_and_a_later_idle_starts_a_new_deadline() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);

        assertThat(room.join(A2, ALICE, T0.plusSeconds(100))).isTrue();
        assertThat(room.state()).isEqualTo(LiveRoomState.ACTIVE);
        assertThat(room.members()).containsExactly(ALICE);
        room.leave(A2, T0.plusSeconds(200));

        assertThat(room.idleDeadline()).contains(T0.plusSeconds(200).plus(IDLE));
        assertThat(room.expireIfIdle(T0.plus(IDLE))).isFalse();
        assertThat(room.expireIfIdle(T0.plusSeconds(200).plus(IDLE))).isTrue();
    }

    @Test
    void a_room_idle_past_its_deadline_closes_whenever_it_is_checked() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);

        assertThat(room.expireIfIdle(T0.plus(IDLE).plus(Duration.ofHours(5)))).isTrue();
        assertThat(room.state()).isEqualTo(LiveRoomState.CLOSING);
        assertThat(room.idleDeadline()).isEmpty();
    }

    @Test
    void a_closing_room_expires_only_once() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);
        room.expireIfIdle(T0.plus(IDLE));

        assertThat(room.expireIfIdle(T0.plus(IDLE).plusSeconds(1))).isFalse();
        assertThat(room.state()).isEqualTo(LiveRoomState.CLOSING);
    }

    @Test
    void an_idle_or_closed_room_cannot_be_closed() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);
        assertThatThrownBy(room::close).isInstanceOf(IllegalStateException.class);
        assertThat(room.state()).isEqualTo(LiveRoomState.IDLE);

        room.expireIfIdle(T0.plus(IDLE));
        room.close();

        assertThatThrownBy(room::close).isInstanceOf(IllegalStateException.class);
        assertThat(room.state()).isEqualTo(LiveRoomState.CLOSED);
    }

    @Test
    void a_closed_room_refuses_joins_and_stays_empty() {
        room.join(A1, ALICE, T0);
        room.leave(A1, T0);
        room.expireIfIdle(T0.plus(IDLE));
        room.close();

        refused(ErrorCode.ROOM_CLOSING, () -> room.join(A1, ALICE, T0.plus(IDLE)));

        assertThat(room.connectionCount()).isZero();
        assertThat(room.hasConnection(A1)).isFalse();
    }

    @Test
    void a_zero_idle_timeout_makes_an_empty_room_expire_at_once() {
        LiveRoom quick = new LiveRoom(RoomId.random(), Duration.ZERO);
        quick.join(A1, ALICE, T0);
        quick.leave(A1, T0.plusSeconds(3));

        assertThat(quick.idleDeadline()).contains(T0.plusSeconds(3));
        assertThat(quick.expireIfIdle(T0.plusSeconds(3))).isTrue();
    }

    @Test
    void a_negative_idle_timeout_is_a_configuration_error() {
        assertThatThrownBy(() -> new LiveRoom(RoomId.random(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_connection_knows_its_user_and_the_room_keeps_its_id() {
        RoomId id = RoomId.random();
        LiveRoom live = new LiveRoom(id, IDLE);
        live.join(A1, ALICE, T0);

        assertThat(live.roomId()).isEqualTo(id);
        assertThat(live.userOf(A1)).contains(ALICE);
        assertThat(live.userOf(B1)).isEmpty();
        assertThat(live.connections()).containsExactly(A1);
    }

    @Test
    void a_connection_id_must_not_be_blank() {
        assertThatThrownBy(() -> new ConnectionId(" ")).isInstanceOf(io.doran.chat.domain.error.ChatException.class);
        assertThat(new ConnectionId("ws-1").value()).isEqualTo("ws-1");
    }
}
