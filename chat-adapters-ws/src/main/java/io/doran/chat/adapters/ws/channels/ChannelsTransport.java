package io.doran.chat.adapters.ws.channels;

import io.doran.chat.adapters.ws.session.CloseReason;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.adapters.ws.session.Transport;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveUpdate;
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
 * One seed 001 connection's outbound side on Jetty, as {@code /chat}'s: frames go to Jetty's non-blocking send,
 * whose per-connection queue holds at most {@code queueCapacity} frames (a client that lets it fill is closed,
 * 4008); a delivery's frame is encoded once for all its recipients, and updates this surface does not show are
 * not sent. The connection is bound to its room: taken out of it (removed, or the room deleted), it closes.
 */
final class ChannelsTransport implements Transport {

    private static final Logger log = LoggerFactory.getLogger(ChannelsTransport.class);
    /** How long a closing connection may take to let its close frame out before it is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final ChannelsCodec codec;
    private final int queueCapacity;
    private final ScheduledExecutorService timers;
    private final SessionMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger oversizeFrames = new AtomicInteger();
    private final CoreSession core;
    private final Callback written = Callback.from(() -> { }, this::writeFailed);
    private volatile long lastHeard = System.nanoTime();

    ChannelsTransport(WebSocketSession session, ChannelsCodec codec, int queueCapacity,
                      ScheduledExecutorService timers, SessionMetrics metrics) {
        this.metrics = metrics;
        Object socket = session instanceof NativeWebSocketSession nativeSession ? nativeSession.getNativeSession() : null;
        if (!(socket instanceof org.eclipse.jetty.websocket.common.WebSocketSession jetty)) {
            throw new IllegalStateException("Seed 001's WebSocket runs on Jetty, not on " + session.getClass().getName());
        }
        this.core = jetty.getCoreSession();
        this.id = session.getId();
        this.codec = codec;
        this.queueCapacity = queueCapacity;
        this.timers = timers;
        core.setMaxOutgoingFrames(queueCapacity);
    }

    @Override
    public String name() {
        return "channels";
    }

    /** Sends the session's refusals as {@code error} frames; its other replies have no frame on this surface. */
    @Override
    public void send(ServerFrame frame) {
        codec.write(frame).ifPresent(text -> queue(new Frame(OpCode.TEXT, text)));
    }

    @Override
    public void deliver(Delivery delivery) {
        switch (delivery.update()) {
            case LiveUpdate.RoomDeleted deleted -> close(RoomClose.ROOM_NOT_FOUND);
            case LiveUpdate.RoomLeft left -> close(RoomClose.NOT_ALLOWED);
            default -> {
                ByteBuffer encoded = delivery.encoded(codec.encoding);
                if (encoded.hasRemaining()) {
                    queue(new Frame(OpCode.TEXT, encoded.slice()));
                }
            }
        }
    }

    private void queue(Frame frame) {
        if (!closed.get()) {
            core.sendFrame(frame, written, false);
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

    void close(RoomClose reason) {
        close(reason.code(), reason.reason());
    }

    /**
     * Closes after the frames already queued; frames sent later are dropped. A client that does not take its close
     * frame within {@link #CLOSE_GRACE} is cut off. Closing twice is harmless: the first reason stands.
     */
    private void close(int code, String reason) {
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
    void heard() {
        lastHeard = System.nanoTime();
    }

    /** Keepalive (SPEC §8): pings a connection silent for {@code pingEvery}, closes one silent for {@code timeout} more (4000). */
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
