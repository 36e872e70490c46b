package io.doran.chat.adapters.ws.session;

import java.nio.channels.WritePendingException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
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
 * The outbound side of one WebSocket connection on Jetty that every Spring-handled transport shares ({@code /chat},
 * seed 001's), with its bounded queue (SPEC §8): frames are handed to Jetty's non-blocking send, which queues them
 * per connection and writes whatever is queued with one gathering write, so a delivery never blocks on a client's
 * socket. The queue holds at most {@code queueCapacity} frames: a client that lets it fill is disconnected (4008)
 * instead of growing memory or slowing its room. Also the connection's keepalive (pings a silent peer, closes one
 * that stays silent) and its count of oversize frames.
 */
public abstract class JettyConnection implements Transport {

    private static final Logger log = LoggerFactory.getLogger(JettyConnection.class);
    /** How long a closing connection may take to let its close frame out before it is cut. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final int queueCapacity;
    private final ScheduledExecutorService timers;
    private final SessionMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger oversizeFrames = new AtomicInteger();
    private final CoreSession core;
    private final Callback written = Callback.from(() -> { }, this::writeFailed);
    private final Keepalive keepalive = new Keepalive(System.nanoTime(), ThreadLocalRandom.current().nextDouble());

    protected JettyConnection(WebSocketSession session, int queueCapacity, ScheduledExecutorService timers,
                              SessionMetrics metrics) {
        this.core = jettySession(session);
        this.id = session.getId();
        this.queueCapacity = queueCapacity;
        this.timers = timers;
        this.metrics = metrics;
        core.setMaxOutgoingFrames(queueCapacity);
    }

    /** Jetty's own session of the connection, whose frames can carry bytes encoded once for many recipients. */
    private static CoreSession jettySession(WebSocketSession session) {
        Object socket = session instanceof NativeWebSocketSession nativeSession ? nativeSession.getNativeSession() : null;
        if (!(socket instanceof org.eclipse.jetty.websocket.common.WebSocketSession jetty)) {
            throw new IllegalStateException("The live WebSocket endpoints run on Jetty's WebSocket server, not on "
                    + session.getClass().getName());
        }
        return jetty.getCoreSession();
    }

    /** Queues a frame without waiting for the socket; a full queue means the client stopped reading. */
    protected final void queue(Frame frame) {
        queue(frame, written);
    }

    /** Queues a frame, and tells {@code sent} when it reached the socket or could not. */
    private void queue(Frame frame, Callback sent) {
        if (!closed.get()) {
            core.sendFrame(frame, sent, false);
        }
    }

    /** Hands a frame to Jetty as part of a batch: copied into the output buffer, written by {@link #flush}. */
    protected final void batch(Frame frame) {
        if (!closed.get()) {
            core.sendFrame(frame, written, true);
        }
    }

    /** Writes what was batched. */
    protected final void flush() {
        if (!closed.get()) {
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

    @Override
    public void close(CloseReason reason) {
        close(reason.code(), reason.reason());
    }

    /**
     * Closes after the frames already queued (say, a last {@code session-expired}); frames sent later are dropped.
     * A client that does not take its close frame within {@link #CLOSE_GRACE}, such as a slow consumer whose queue
     * is full, is cut off. Closing twice is harmless: the first reason stands.
     */
    protected final void close(int code, String reason) {
        if (closed.compareAndSet(false, true)) {
            core.close(code, reason, Callback.NOOP);
            timers.schedule(() -> {
                if (!core.isClosed()) {
                    core.abort();
                }
            }, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The client said something (a frame, a pong): it is alive. */
    public final void heard() {
        keepalive.heard(System.nanoTime());
    }

    /**
     * Keepalive (SPEC §8): a connection silent for {@code pingEvery} (and its share of {@link Keepalive#SPREAD}) is
     * pinged; one that answers nothing for {@code timeout} after its ping reached the socket — a peer that vanished
     * without closing — is closed (4000, and cut off after the close grace). See {@link Keepalive}.
     */
    public final void keepAlive(Duration pingEvery, Duration timeout) {
        if (closed.get()) {
            return;
        }
        long now = System.nanoTime();
        switch (keepalive.due(now, pingEvery.toNanos(), timeout.toNanos())) {
            case PING -> queue(new Frame(OpCode.PING),
                    Callback.from(() -> keepalive.written(now, System.nanoTime()), this::writeFailed));
            case CLOSE -> {
                log.warn("Closing {}: no answer to a ping for {} ms (silent for {} ms)", id, timeout.toMillis(),
                        Duration.ofNanos(keepalive.silentFor(now)).toMillis());
                close(CloseReason.UNRESPONSIVE);
            }
            case NOTHING -> {
            }
        }
    }

    /** Called when the connection is gone. */
    public final void stopped() {
        closed.set(true);
    }

    public final boolean isClosed() {
        return closed.get();
    }

    /** Counts an oversize frame; answers how many this connection sent. */
    public final int oversizeFrame() {
        return oversizeFrames.incrementAndGet();
    }
}
