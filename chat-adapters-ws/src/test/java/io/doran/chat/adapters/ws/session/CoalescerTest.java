package io.doran.chat.adapters.ws.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    /** Counts the timer wake-ups the coalescer asks for. */
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1) {
        @Override
        public java.util.concurrent.ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            wakeUps.incrementAndGet();
            return super.schedule(command, delay, unit);
        }
    };

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void connections_that_ask_within_one_window_are_flushed_together_by_one_wake_up() throws Exception {
        Coalescer coalescer = new Coalescer(Duration.ofMillis(200), timer);
        CountDownLatch flushed = new CountDownLatch(3);
        AtomicInteger flushes = new AtomicInteger();
        Coalescer.Flushable connection = () -> {
            flushes.incrementAndGet();
            flushed.countDown();
        };

        coalescer.flushSoon(connection);
        coalescer.flushSoon(connection);
        coalescer.flushSoon(connection);

        assertThat(flushed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(flushes).hasValue(3);
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void a_connection_that_asks_after_a_window_closed_is_flushed_by_the_next_one() throws Exception {
        Coalescer coalescer = new Coalescer(Duration.ofMillis(1), timer);
        CountDownLatch first = new CountDownLatch(1);
        coalescer.flushSoon(first::countDown);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch second = new CountDownLatch(1);
        coalescer.flushSoon(second::countDown);

        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void a_window_of_zero_coalesces_nothing() {
        assertThat(new Coalescer(Duration.ZERO, timer).enabled()).isFalse();
        assertThat(new Coalescer(Duration.ofMillis(2), timer).enabled()).isTrue();
    }

    @Test
    void after_the_timer_stopped_a_flush_happens_at_once() {
        ScheduledExecutorService stopped = Executors.newSingleThreadScheduledExecutor();
        stopped.shutdownNow();
        AtomicInteger flushes = new AtomicInteger();

        new Coalescer(Duration.ofMillis(2), stopped).flushSoon(flushes::incrementAndGet);

        assertThat(flushes).hasValue(1);
    }
}
