package io.doran.chat.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageIdGeneratorTest {

    /** A clock the test moves by hand, backwards too. */
    static final class ManualClock extends Clock {
        Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));

    @Test
    void ids_strictly_increase_and_carry_their_millisecond() {
        MessageIdGenerator ids = new MessageIdGenerator(3, clock);
        MessageId previous = ids.next();
        for (int i = 0; i < 10_000; i++) {
            if (i % 100 == 0) {
                clock.now = clock.now.plusMillis(1);
            }
            MessageId next = ids.next();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
        assertThat(previous.timestamp()).isEqualTo(clock.now);
    }

    @Test
    void more_than_4096_ids_in_one_millisecond_stay_unique_and_increasing() {
        MessageIdGenerator ids = new MessageIdGenerator(0, clock);
        Set<Long> seen = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long value = ids.next().value();
            assertThat(value).isGreaterThan(previous);
            assertThat(seen.add(value)).isTrue();
            previous = value;
        }
    }

    @Test
    void a_clock_stepping_back_does_not_make_ids_go_back() {
        MessageIdGenerator ids = new MessageIdGenerator(1, clock);
        MessageId before = ids.next();

        clock.now = clock.now.minusSeconds(5);
        MessageId after = ids.next();

        assertThat(after).isGreaterThan(before);
    }

    @Test
    void an_id_after_a_floor_from_a_node_whose_clock_runs_ahead_is_larger_than_the_floor() {
        MessageIdGenerator behind = new MessageIdGenerator(1, clock);
        MessageIdGenerator ahead = new MessageIdGenerator(1023, new ManualClock(clock.now.plusSeconds(2)));
        MessageId floor = ahead.next();

        MessageId next = behind.nextAfter(floor);

        assertThat(next).isGreaterThan(floor);
        assertThat(behind.next()).isGreaterThan(next);
    }

    @Test
    void two_nodes_never_produce_the_same_id() {
        MessageIdGenerator a = new MessageIdGenerator(1, clock);
        MessageIdGenerator b = new MessageIdGenerator(2, clock);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            assertThat(seen.add(a.next().value())).isTrue();
            assertThat(seen.add(b.next().value())).isTrue();
        }
    }

    @Test
    void node_ids_are_0_to_1023() {
        assertThat(new MessageIdGenerator(1023, clock).nodeId()).isEqualTo(1023);
        assertThatThrownBy(() -> new MessageIdGenerator(1024, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageIdGenerator(-1, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_are_concurrent_safe() throws InterruptedException {
        MessageIdGenerator ids = new MessageIdGenerator(5, Clock.systemUTC());
        Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.next().value());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void an_id_carries_the_millisecond_it_was_generated_in() {
        clock.now = Instant.parse("2026-11-24T10:00:00.777Z");
        MessageIdGenerator ids = new MessageIdGenerator(7, clock);

        MessageId id = ids.next();

        assertThat(id.timestamp()).isEqualTo(clock.now);
        assertThat(id).isBetween(MessageId.firstAt(clock.now), MessageId.lastAt(clock.now));
        assertThat(ids.nodeId()).isEqualTo(7);
    }

    @Test
    void the_4097th_id_of_a_millisecond_borrows_the_next_millisecond() {
        MessageIdGenerator ids = new MessageIdGenerator(9, clock);
        MessageId last = null;
        for (int i = 0; i < 4096; i++) {
            last = ids.next();
            assertThat(last.timestamp()).isEqualTo(clock.now);
        }

        MessageId borrowed = ids.next();

        assertThat(borrowed).isGreaterThan(last);
        assertThat(borrowed.timestamp()).isEqualTo(clock.now.plusMillis(1));
    }

    @Test
    void after_the_clock_steps_back_ids_keep_increasing_until_it_catches_up() {
        MessageIdGenerator ids = new MessageIdGenerator(4, clock);
        Instant start = clock.now;
        MessageId previous = ids.next();

        clock.now = start.minusSeconds(10);
        for (int i = 0; i < 1_000; i++) {
            MessageId next = ids.next();
            assertThat(next).isGreaterThan(previous);
            assertThat(next.timestamp()).isEqualTo(start);
            previous = next;
        }
        clock.now = start.plusMillis(5);
        MessageId caughtUp = ids.next();

        assertThat(caughtUp).isGreaterThan(previous);
        assertThat(caughtUp.timestamp()).isEqualTo(start.plusMillis(5));
    }

    @Test
    void ids_at_the_epoch_on_node_0_are_positive_unique_and_increasing() {
        MessageIdGenerator ids = new MessageIdGenerator(0, new ManualClock(MessageId.EPOCH));

        MessageId first = ids.next();
        MessageId second = ids.next();

        assertThat(first.value()).isPositive();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void two_nodes_in_the_same_millisecond_differ_only_below_the_millisecond() {
        MessageId a = new MessageIdGenerator(1, clock).next();
        MessageId b = new MessageIdGenerator(2, clock).next();

        assertThat(a).isNotEqualTo(b);
        assertThat(a.timestamp()).isEqualTo(b.timestamp());
        assertThat(b.value() - a.value()).isEqualTo(1L << 12);
    }

    @Test
    void a_clock_before_the_epoch_gives_no_id() {
        MessageIdGenerator ids = new MessageIdGenerator(0, new ManualClock(MessageId.EPOCH.minusSeconds(1)));

        assertThatThrownBy(ids::next).isInstanceOf(IllegalArgumentException.class);
    }
}
