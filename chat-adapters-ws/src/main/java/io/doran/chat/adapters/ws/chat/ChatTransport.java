package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.CloseReason;
import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.adapters.ws.session.Transport;
import io.doran.chat.application.port.in.Delivery;
import java.nio.ByteBuffer;
import java.nio.channels.WritePendingException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * One {@code /chat} connection's outbound side on Jetty, with its bounded queue (SPEC §8). Frames are handed to
 * Jetty's non-blocking send, which queues them per connection and writes whatever is queued with one gathering
 * write, so a delivery never blocks on a client's socket and costs no thread of its own. The queue holds at most
 * {@code queueCapacity} frames: a client that lets it fill is disconnected (4008) instead of growing memory or
 * slowing its room. A delivery's frame is encoded to bytes once and every recipient sends the same bytes.
 *
 * <p>Coalescing ({@code chat.ws.coalesce-window}): the first delivery of a window is written at once and opens the
 * window; deliveries within it are handed to Jetty as part of a batch (copied, header and payload, into the
 * connection's output buffer without a write), and the {@link Coalescer} flushes that buffer when the window ends. A
 * connection that gets a frame now and then is written to as before, with no delay; one that gets many (a big
 * room) costs one write per window. Replies and notices are written at once and take any batched frames with
 * them, in order. Batched frames count against the same bounded queue while a write is under way.
 */
final class ChatTransport implements Transport {

    private static final Logger log = LoggerFactory.getLogger(ChatTransport.class);
    /** How long a closing connection may take to let its close frame out before it is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final ChatCodec codec;
    private final int queueCapacity;
    private final ScheduledExecutorService timers;
    private final SessionMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger oversizeFrames = new AtomicInteger();
    private final CoreSession core;
    private final Callback written = Callback.from(() -> { }, this::writeFailed);
    private final Coalescer coalescer;
    private final AtomicBoolean windowOpen = new AtomicBoolean();
    private final AtomicBoolean batched = new AtomicBoolean();
    private final Coalescer.Flushable flusher = this::windowEnds;
    private volatile long lastHeard = System.nanoTime();

    ChatTransport(WebSocketSession session, ChatCodec codec, int queueCapacity, ScheduledExecutorService timers,
                  Coalescer coalescer, SessionMetrics metrics) {
        this.metrics = metrics;
        this.core = jettySession(session);
        this.id = session.getId();
        this.codec = codec;
        this.queueCapacity = queueCapacity;
        this.timers = timers;
        this.coalescer = coalescer;
        core.setMaxOutgoingFrames(queueCapacity);
    }

    /** Jetty's own session of the connection, whose frames can carry bytes encoded once for many recipients. */
    private static CoreSession jettySession(WebSocketSession session) {
        Object socket = session instanceof NativeWebSocketSession nativeSession ? nativeSession.getNativeSession() : null;
        if (!(socket instanceof org.eclipse.jetty.websocket.common.WebSocketSession jetty)) {
            throw new IllegalStateException("The /chat endpoint runs on Jetty's WebSocket server, not on "
                    + session.getClass().getName());
        }
        return jetty.getCoreSession();
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public void send(ServerFrame frame) {
        queue(new Frame(OpCode.TEXT, codec.write(frame)));
    }

    /** Queues the delivery's frame, encoded once for all its recipients (each sends a read-only slice). */
    @Override
    public void deliver(Delivery delivery) {
        ByteBuffer encoded = delivery.encoded(codec.encoding);
        Frame frame = new Frame(OpCode.TEXT, encoded.slice());
        if (!coalescer.enabled() || windowOpen.compareAndSet(false, true)) {
            queue(frame);
            if (coalescer.enabled()) {
                coalescer.flushSoon(flusher);
            }
            return;
        }
        if (closed.get()) {
            return;
        }
        core.sendFrame(frame, written, true);
        batched.set(true);
        if (!windowOpen.get()) {
            // The window ended while this frame was being batched: nobody else will flush it.
            flushBatched();
        }
    }

    /** Queues a frame without waiting for the socket; a full queue means the client stopped reading. */
    private void queue(Frame frame) {
        if (!closed.get()) {
            core.sendFrame(frame, written, false);
        }
    }

    /** The coalescing window ends: what was batched in it is written, and the next delivery opens a new one. */
    private void windowEnds() {
        windowOpen.set(false);
        flushBatched();
    }

    private void flushBatched() {
        if (batched.getAndSet(false) && !closed.get()) {
            core.flush(written);
        }
    }

    private void writeFailed(Throwable failure) {
        if (failure instanceof WritePendingException) {
            if (!closed.get()) {
                log.warn("Disconnecting slow consumer {} ({} frames queued)", id, queueCapacity);
                metrics.slowConsumerDropped(name());
            }
            close(CloseReason.SLOW_CONSUMER);
            return;
        }
        log.debug("Writing to {} failed", id, failure);
        close(CloseReason.SERVER_ERROR);
    }

    /**
     * Closes after the frames already queued (say, a last {@code session-expired}); frames sent later are
     * dropped. A client that does not take its close frame within {@link #CLOSE_GRACE}, such as a slow consumer
     * whose queue is full, is cut off.
     */
    @Override
    public void close(CloseReason reason) {
        if (closed.compareAndSet(false, true)) {
            core.close(reason.code(), reason.reason(), Callback.NOOP);
            timers.schedule(() -> {
                if (!core.isClosed()) {
                    core.abort();
                }
            }, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The client said something (a frame, a pong): it is alive. */
    void heard() {
        lastHeard = System.nanoTime();
    }

    /**
     * Keepalive (SPEC §8): a connection silent for {@code pingEvery} is pinged; one silent for {@code pingEvery} plus
     * {@code timeout} — a peer that vanished without closing — is closed (and cut off after the close grace).
     */
    void keepAlive(Duration pingEvery, Duration timeout) {
        if (closed.get()) {
            return;
        }
        long silent = System.nanoTime() - lastHeard;
        if (silent >= pingEvery.plus(timeout).toNanos()) {
            log.warn("Closing {}: no answer to pings for {} s", id, Duration.ofNanos(silent).toSeconds());
            close(CloseReason.UNRESPONSIVE);
        } else if (silent >= pingEvery.toNanos()) {
            queue(new Frame(OpCode.PING));
        }
    }

    /** Called when the connection is gone. */
    void stopped() {
        closed.set(true);
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Counts an oversize frame; answers how many this connection sent. */
    int oversizeFrame() {
        return oversizeFrames.incrementAndGet();
    }
}
