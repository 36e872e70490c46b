package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.user.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One client connection: who it is, and its bounded outbound queue drained by its own virtual thread,
 * so nobody who delivers to it ever blocks on its socket (SPEC §8). A client that lets the queue fill
 * is disconnected instead of growing memory or slowing its room.
 */
final class Connection implements LiveConnection {

    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private static final Object STOP = new Object();

    private final WebSocketSession session;
    private final ConnectionId id;
    private final Frames frames;
    private final Locale locale;
    private final BlockingQueue<Object> outbound;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger oversizeFrames = new AtomicInteger();
    private final Instant openedAt;
    private volatile Caller caller;
    private volatile String rawToken;

    Connection(WebSocketSession session, Frames frames, Locale locale, int queueCapacity, Instant openedAt) {
        this.session = session;
        this.id = new ConnectionId(session.getId());
        this.frames = frames;
        this.locale = locale;
        this.outbound = new ArrayBlockingQueue<>(queueCapacity);
        this.openedAt = openedAt;
        Thread.ofVirtual().name("ws-writer-" + session.getId()).start(this::drain);
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
        send(delivery.encoded(frames::encode));
    }

    @Override
    public void close(ErrorCode reason) {
        close(reason == ErrorCode.USER_SUSPENDED ? CloseCodes.SUSPENDED : CloseCodes.SESSION_EXPIRED);
    }

    /** Queues a frame; a full queue means the client stopped reading. */
    void send(String frame) {
        if (closed.get()) {
            return;
        }
        if (!outbound.offer(new TextMessage(frame))) {
            log.warn("Disconnecting slow consumer {} ({} frames queued)", id, outbound.size());
            close(CloseCodes.SLOW_CONSUMER);
        }
    }

    /** Closes at once, dropping what is queued (a slow consumer, a failed write). */
    void close(CloseStatus status) {
        if (closed.compareAndSet(false, true)) {
            outbound.clear();
            outbound.offer(STOP);
            Thread.ofVirtual().start(() -> closeSession(status));
        }
    }

    /** Sends what is queued (say, a last {@code session-expired} frame), then closes with {@code status}. */
    void finish(CloseStatus status) {
        if (closed.compareAndSet(false, true) && !outbound.offer(status)) {
            outbound.clear();
            outbound.offer(STOP);
            Thread.ofVirtual().start(() -> closeSession(status));
        }
    }

    private void closeSession(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing {} failed", id, e);
        }
    }

    private void drain() {
        try {
            while (true) {
                Object next = outbound.take();
                if (next == STOP || !session.isOpen()) {
                    return;
                }
                if (next instanceof CloseStatus status) {
                    closeSession(status);
                    return;
                }
                session.sendMessage((TextMessage) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.debug("Writing to {} failed", id, e);
            close(CloseStatus.SERVER_ERROR);
        }
    }

    /** Called when the session is gone: stops the writer. */
    void stopped() {
        closed.set(true);
        outbound.clear();
        outbound.offer(STOP);
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

    WebSocketSession session() {
        return session;
    }
}
