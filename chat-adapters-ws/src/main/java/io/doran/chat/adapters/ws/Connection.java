package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.nio.ByteBuffer;
import java.nio.channels.WritePendingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * One client connection: who it is, and its bounded outbound queue (SPEC §8). Frames are handed to
 * Jetty's non-blocking send, which queues them per connection and writes whatever is queued with one
 * gathering write, so a delivery never blocks on a client's socket and costs no thread of its own. The
 * queue holds at most {@code queueCapacity} frames: a client that lets it fill is disconnected (4008)
 * instead of growing memory or slowing its room. A delivery's frame is encoded to bytes once and every
 * recipient sends the same bytes.
 */
final class Connection implements LiveConnection {

    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    /** How long a closing connection may take to let its close frame out before it is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final ConnectionId id;
    private final Frames frames;
    private final Locale locale;
    private final int queueCapacity;
    private final ScheduledExecutorService timers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger oversizeFrames = new AtomicInteger();
    private final Instant openedAt;
    private final CoreSession core;
    private final Callback written = Callback.from(() -> { }, this::writeFailed);
    private volatile Caller caller;
    private volatile String rawToken;

    Connection(WebSocketSession session, Frames frames, Locale locale, int queueCapacity,
               ScheduledExecutorService timers, Instant openedAt) {
        this.core = jettySession(session);
        this.id = new ConnectionId(session.getId());
        this.frames = frames;
        this.locale = locale;
        this.queueCapacity = queueCapacity;
        this.timers = timers;
        this.openedAt = openedAt;
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
    public ConnectionId id() {
        return id;
    }

    @Override
    public UserId userId() {
        Caller current = caller;
        if (current == null) {
            throw new IllegalStateException("connection " + id + " is not authenticated");
        }
        return current.userId();
    }

    /** Queues the delivery's frame, encoded once for all its recipients. */
    @Override
    public void deliver(Delivery delivery) {
        ByteBuffer encoded = delivery.encoded(frames::encodeUtf8);
        queue(new Frame(OpCode.TEXT, encoded.slice()));
    }

    @Override
    public void close(ErrorCode reason) {
        close(reason == ErrorCode.USER_SUSPENDED ? CloseCodes.SUSPENDED : CloseCodes.SESSION_EXPIRED);
    }

    /** Queues a frame of this connection alone (a reply, an error). */
    void send(String frame) {
        queue(new Frame(OpCode.TEXT, frame));
    }

    /** Queues a frame without waiting for the socket; a full queue means the client stopped reading. */
    private void queue(Frame frame) {
        if (!closed.get()) {
            core.sendFrame(frame, written, false);
        }
    }

    private void writeFailed(Throwable failure) {
        if (failure instanceof WritePendingException) {
            if (!closed.get()) {
                log.warn("Disconnecting slow consumer {} ({} frames queued)", id, queueCapacity);
            }
            close(CloseCodes.SLOW_CONSUMER);
            return;
        }
        log.debug("Writing to {} failed", id, failure);
        close(CloseStatus.SERVER_ERROR);
    }

    /**
     * Closes with {@code status} after the frames already queued (say, a last {@code session-expired});
     * frames sent later are dropped. A client that does not take its close frame within
     * {@link #CLOSE_GRACE}, such as a slow consumer whose queue is full, is cut off.
     */
    void close(CloseStatus status) {
        if (closed.compareAndSet(false, true)) {
            core.close(status.getCode(), status.getReason(), Callback.NOOP);
            timers.schedule(() -> {
                if (!core.isClosed()) {
                    core.abort();
                }
            }, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Called when the session is gone. */
    void stopped() {
        closed.set(true);
    }

    boolean isAuthenticated() {
        return caller != null;
    }

    Caller caller() {
        return caller;
    }

    void authenticated(Caller caller, String rawToken) {
        this.caller = caller;
        this.rawToken = rawToken;
    }

    String rawToken() {
        return rawToken;
    }

    int oversizeFrame() {
        return oversizeFrames.incrementAndGet();
    }

    Locale locale() {
        return locale;
    }

    Instant openedAt() {
        return openedAt;
    }

    boolean isClosed() {
        return closed.get();
    }
}
