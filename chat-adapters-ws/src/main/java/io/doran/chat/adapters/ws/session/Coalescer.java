package io.doran.chat.adapters.ws.session;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the frames queued for one connection within a short window leave in one write ({@code chat.ws.coalesce-window},
 * SPEC §8). A transport that buffered a broadcast's frame without writing it asks for a flush; every connection that
 * asked within the window is flushed together, one timer wake-up for all of them, however many frames each got. A
 * connection that receives many frames per second (a big room) then costs one write per window instead of one per
 * frame; one that receives a frame now and then waits at most the window for it. With a window of zero nothing is
 * coalesced: transports write every frame at once.
 */
public final class Coalescer {

    /** A connection with frames buffered and not yet written. */
    public interface Flushable {

        /** Writes what is buffered (without waiting for the socket). */
        void flush();
    }

    private static final Logger log = LoggerFactory.getLogger(Coalescer.class);

    private final long windowMicros;
    private final ScheduledExecutorService timer;
    private final ConcurrentLinkedQueue<Flushable> due = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();

    public Coalescer(Duration window, ScheduledExecutorService timer) {
        this.windowMicros = window.toNanos() / 1000;
        this.timer = timer;
    }

    /** Whether frames are coalesced at all (a window above zero). */
    public boolean enabled() {
        return windowMicros > 0;
    }

    /**
     * {@code connection} buffered a frame and has no flush pending: it is flushed at the end of the current window.
     * The caller keeps its own "flush pending" flag so that it asks once per window.
     */
    public void flushSoon(Flushable connection) {
        due.add(connection);
        if (armed.compareAndSet(false, true)) {
            try {
                timer.schedule(this::flushDue, windowMicros, TimeUnit.MICROSECONDS);
            } catch (RejectedExecutionException e) {
                armed.set(false);
                flushDue();
            }
        }
    }

    /** Flushes every connection that asked; one that asks again meanwhile is taken by the next window. */
    private void flushDue() {
        armed.set(false);
        Flushable connection;
        while ((connection = due.poll()) != null) {
            try {
                connection.flush();
            } catch (RuntimeException e) {
                log.debug("Flushing a connection failed", e);
            }
        }
    }
}
