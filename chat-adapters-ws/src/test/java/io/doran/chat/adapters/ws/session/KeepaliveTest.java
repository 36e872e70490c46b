package io.doran.chat.adapters.ws.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.adapters.ws.session.Keepalive.Due;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeepaliveTest {

    private static final long S = 1_000_000_000L;
    private static final long PING_EVERY = 25 * S;
    private static final long TIMEOUT = 20 * S;
    /** A clock that starts where System.nanoTime might: anywhere, negative included. */
    private static final long T0 = Long.MAX_VALUE - 30 * S;

    /** The connection whose share of the spread is 0: pinged right at PING_EVERY. */
    private final Keepalive keepalive = new Keepalive(T0, 0);

    private Due at(long seconds) {
        return keepalive.due(T0 + seconds * S, PING_EVERY, TIMEOUT);
    }

    @Test
    void a_connection_heard_within_the_interval_is_left_alone() {
        assertThat(at(10)).isEqualTo(Due.NOTHING);
        keepalive.heard(T0 + 20 * S);
        assertThat(at(40)).isEqualTo(Due.NOTHING);
    }

    @Test
    void a_silent_connection_is_pinged_once_and_closed_when_the_written_ping_goes_unanswered_for_the_timeout() {
        assertThat(at(25)).isEqualTo(Due.PING);
        keepalive.written(T0 + 25 * S, T0 + 25 * S);
        assertThat(at(35)).as("one ping per silence").isEqualTo(Due.NOTHING);
        assertThat(at(44)).isEqualTo(Due.NOTHING);
        assertThat(at(45)).isEqualTo(Due.CLOSE);
    }

    @Test
    void a_sweep_that_comes_late_pings_first_however_long_the_connection_was_silent() {
        // The sweep's thread was held up (a starved server): the client was never asked, so it is not given up.
        assertThat(at(70)).isEqualTo(Due.PING);
        keepalive.written(T0 + 70 * S, T0 + 70 * S);
        assertThat(at(80)).isEqualTo(Due.NOTHING);
        assertThat(at(90)).isEqualTo(Due.CLOSE);
    }

    @Test
    void the_timeout_runs_from_when_the_ping_reached_the_socket_not_from_when_it_was_queued() {
        assertThat(at(25)).isEqualTo(Due.PING);
        keepalive.written(T0 + 25 * S, T0 + 40 * S);
        assertThat(at(55)).isEqualTo(Due.NOTHING);
        assertThat(at(60)).isEqualTo(Due.CLOSE);
    }

    @Test
    void a_ping_that_never_reaches_the_socket_is_given_up_after_the_timeout() {
        assertThat(at(25)).isEqualTo(Due.PING);
        assertThat(at(44)).isEqualTo(Due.NOTHING);
        assertThat(at(45)).isEqualTo(Due.CLOSE);
    }

    @Test
    void an_answer_ends_the_wait_and_the_next_silence_gets_a_fresh_ping() {
        assertThat(at(25)).isEqualTo(Due.PING);
        keepalive.written(T0 + 25 * S, T0 + 25 * S);
        keepalive.heard(T0 + 30 * S);
        assertThat(at(50)).isEqualTo(Due.NOTHING);
        assertThat(at(55)).isEqualTo(Due.PING);
        assertThat(at(70)).isEqualTo(Due.NOTHING);
        keepalive.written(T0 + 55 * S, T0 + 56 * S);
        assertThat(at(75)).isEqualTo(Due.NOTHING);
        assertThat(at(76)).isEqualTo(Due.CLOSE);
        assertThat(keepalive.silentFor(T0 + 76 * S)).isEqualTo(46 * S);
    }

    @Test
    void a_late_write_of_an_earlier_ping_does_not_start_the_clock_of_the_current_one() {
        assertThat(at(25)).isEqualTo(Due.PING);
        keepalive.heard(T0 + 26 * S);
        assertThat(at(51)).isEqualTo(Due.PING);
        keepalive.written(T0 + 25 * S, T0 + 52 * S);
        assertThat(at(71)).as("the current ping, unwritten, waits from when it was queued").isEqualTo(Due.CLOSE);
    }

    @Test
    void connections_opened_together_are_pinged_over_a_quarter_of_the_interval_not_at_once() {
        Keepalive latest = new Keepalive(T0, 0.999);
        Keepalive middle = new Keepalive(T0, 0.5);

        assertThat(keepalive.due(T0 + PING_EVERY, PING_EVERY, TIMEOUT)).isEqualTo(Due.PING);
        assertThat(middle.due(T0 + PING_EVERY, PING_EVERY, TIMEOUT)).isEqualTo(Due.NOTHING);
        assertThat(middle.due(T0 + PING_EVERY + PING_EVERY / 8, PING_EVERY, TIMEOUT)).isEqualTo(Due.PING);
        assertThat(latest.due(T0 + PING_EVERY + PING_EVERY / 5, PING_EVERY, TIMEOUT)).isEqualTo(Due.NOTHING);
        assertThat(latest.due(T0 + PING_EVERY + PING_EVERY / 4, PING_EVERY, TIMEOUT)).isEqualTo(Due.PING);
    }

    @Test
    void a_share_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new Keepalive(T0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keepalive(T0, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_sweep_looks_often_enough_to_spread_the_pings_and_never_more_than_every_50_ms() {
        assertThat(Keepalive.sweepEvery(Duration.ofSeconds(25), Duration.ofSeconds(20))).isEqualTo(Duration.ofMillis(520));
        assertThat(Keepalive.sweepEvery(Duration.ofSeconds(25), Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(200));
        assertThat(Keepalive.sweepEvery(Duration.ofMillis(100), Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(50));
    }
}
