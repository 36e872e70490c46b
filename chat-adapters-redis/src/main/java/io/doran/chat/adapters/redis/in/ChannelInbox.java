package io.doran.chat.adapters.redis.in;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One external channel's messages, handled one at a time in arrival order on a thread of their own, so
 * the broker's dispatcher (which also fans rooms out) never waits for a store. Each message is first
 * claimed (so that one node of many handles it), then handled; the claim is kept while the handling is
 * tried again, and every attempt names the message alike, so that a retry does not do twice what an attempt that
 * seemed to fail did. A message that meets a Redis or ScyllaDB outage ({@code UNAVAILABLE}) — in its claim or
 * its handling — is not lost: it is tried again, after a pause that
 * doubles from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}, until it is handled, and the messages
 * behind it wait (a user's {@code SUSPENDED} then {@code ACTIVE} stay in that order). Any other failure
 * means the message itself is bad: it is logged and dropped. The queue is bounded: when it is full, a new
 * message is dropped and logged at error level.
 */
final class ChannelInbox implements AutoCloseable {

    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** Claims and handles one message; {@code UNAVAILABLE} from either means "try again later". */
    interface Handler {

        /** Whether this node is the one to handle the message (another node may have claimed it). */
        boolean claim(String payload);

        /**
         * Handles the message. {@code delivery} names this message, the same at every attempt: an attempt that
         * met an outage may have done its work without knowing it (a write that timed out can still land), so
         * what the handling stores it stores under this name, and the next attempt finds it there.
         */
        void handle(String payload, UUID delivery);
    }

    private static final Logger log = LoggerFactory.getLogger(ChannelInbox.class);

    private final String channel;
    private final BlockingQueue<String> queue;
    private final Handler handler;
    private final Thread worker;
    private final AtomicBoolean closed = new AtomicBoolean();

    ChannelInbox(String channel, int capacity, Handler handler) {
        this.channel = channel;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.handler = handler;
        this.worker = Thread.ofVirtual().name("external-" + channel).start(this::work);
    }

    /** Queues a message without waiting (the broker's dispatcher calls this). */
    void offer(String payload) {
        if (!queue.offer(payload)) {
            log.error("Dropped a message on {}: {} messages are waiting for a store to come back", channel, queue.size());
        }
    }

    private void work() {
        try {
            while (!closed.get()) {
                handleUntilDone(queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleUntilDone(String payload) throws InterruptedException {
        Duration pause = FIRST_PAUSE;
        UUID delivery = UUID.randomUUID();
        boolean claimed = false;
        for (int attempt = 1; ; attempt++) {
            try {
                if (!claimed) {
                    if (!handler.claim(payload)) {
                        return;
                    }
                    claimed = true;
                }
                handler.handle(payload, delivery);
                if (attempt > 1) {
                    log.info("Handled a message on {} at attempt {}", channel, attempt);
                }
                return;
            } catch (ChatException e) {
                if (e.code() != ErrorCode.UNAVAILABLE) {
                    log.warn("Dropped a bad message on {}: {}", channel, e.getMessage());
                    return;
                }
                if (attempt == 1) {
                    log.warn("A message on {} met a store outage; trying again until the store is back", channel);
                }
            } catch (RuntimeException e) {
                log.warn("Dropped a bad message on {}: {}", channel, e.toString());
                return;
            }
            Thread.sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Stops handling; messages not handled yet are lost, and their number is logged. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        worker.interrupt();
        if (!queue.isEmpty()) {
            log.warn("{} messages on {} were not handled before shutdown", queue.size(), channel);
        }
    }
}
