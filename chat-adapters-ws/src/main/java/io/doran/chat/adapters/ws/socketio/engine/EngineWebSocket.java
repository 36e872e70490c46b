package io.doran.chat.adapters.ws.socketio.engine;

import io.doran.chat.adapters.ws.session.Coalescer;
import java.nio.ByteBuffer;
import java.nio.channels.WritePendingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket transport of one Engine.IO session: one packet per frame. Frames go to Jetty's
 * non-blocking writer ({@link CoreSession#sendFrame}), which queues them per connection, at most
 * {@code outboundQueue} of them, and writes whatever is queued with one gathering write, on the calling
 * thread when the connection is idle. A shared packet is sent as a read-only slice of its bytes, so a
 * broadcast is encoded once for all its recipients. A client that lets the queue fill is disconnected.
 *
 * <p>Public only because Jetty's WebSocket container calls its listener methods reflectively.
 */
public final class EngineWebSocket implements Session.Listener.AutoDemanding {

    private static final Logger log = LoggerFactory.getLogger(EngineWebSocket.class);
    /** How long a closing WebSocket may take to let its close frame out before it is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final EngineServer server;
    private final EngineSession upgrading;
    private final HandshakeRequest handshake;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Callback written = Callback.from(() -> { }, this::writeFailed);
    private final AtomicBoolean windowOpen = new AtomicBoolean();
    private final AtomicBoolean batched = new AtomicBoolean();
    private final Coalescer.Flushable flusher = this::windowEnds;
    private volatile CoreSession core;
    private volatile EngineSession session;

    /**
     * @param upgrading the polling session this WebSocket upgrades, or null for a WebSocket-only session
     * @param handshake the request of a WebSocket-only session
     */
    EngineWebSocket(EngineServer server, EngineSession upgrading, HandshakeRequest handshake) {
        this.server = server;
        this.upgrading = upgrading;
        this.handshake = handshake;
    }

    @Override
    public void onWebSocketOpen(Session socket) {
        CoreSession opened = ((WebSocketSession) socket).getCoreSession();
        EngineSettings settings = server.settings();
        opened.setMaxTextMessageSize(settings.maxPayload());
        opened.setMaxBinaryMessageSize(settings.maxPayload());
        opened.setMaxOutgoingFrames(settings.outboundQueue());
        opened.setIdleTimeout(Duration.ZERO);
        core = opened;
        if (upgrading == null) {
            session = server.openWebSocketSession(this, handshake);
        } else if (upgrading.offerWebSocket(this)) {
            session = upgrading;
        } else {
            log.debug("Refusing a second WebSocket for session {}", upgrading.id());
            close(CloseReason.TRANSPORT_ERROR);
        }
    }

    @Override
    public void onWebSocketText(String text) {
        EngineSession current = session;
        if (current == null) {
            return;
        }
        EnginePacket packet;
        try {
            packet = EngineCodec.decode(text);
        } catch (MalformedPacketException e) {
            log.debug("Malformed packet on {}: {}", current.id(), e.getMessage());
            current.onMalformedPacket(this);
            return;
        }
        current.onPacket(packet, this);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, org.eclipse.jetty.websocket.api.Callback callback) {
        byte[] data = new byte[payload.remaining()];
        payload.get(data);
        callback.succeed();
        EngineSession current = session;
        if (current != null) {
            current.onPacket(EnginePacket.binary(data), this);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, org.eclipse.jetty.websocket.api.Callback callback) {
        closing.set(true);
        callback.succeed();
        EngineSession current = session;
        if (current != null) {
            current.webSocketClosed(this, statusCode);
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        log.debug("WebSocket error on {}", session, cause);
    }

    /**
     * Queues frames without waiting; a full queue means the client stopped reading. With a coalescing window, the
     * first packets of a window are written at once and open it; packets within it are batched (copied into the
     * connection's output buffer) and written when the window ends, so a busy connection costs one write per window
     * and a quiet one waits for nothing.
     */
    void send(List<OutboundPacket> packets) {
        CoreSession target = core;
        if (closing.get() || target == null) {
            return;
        }
        Coalescer coalescer = server.coalescer();
        boolean batch = coalescer.enabled() && !windowOpen.compareAndSet(false, true);
        for (OutboundPacket packet : packets) {
            target.sendFrame(new Frame(packet.isBinary() ? OpCode.BINARY : OpCode.TEXT, packet.slice()), written, batch);
        }
        if (!coalescer.enabled()) {
            return;
        }
        if (!batch) {
            coalescer.flushSoon(flusher);
            return;
        }
        batched.set(true);
        if (!windowOpen.get()) {
            // The window ended while these packets were being batched: nobody else will flush them.
            flushBatched();
        }
    }

    /** The coalescing window ends: what was batched in it is written, and the next packet opens a new one. */
    private void windowEnds() {
        windowOpen.set(false);
        flushBatched();
    }

    private void flushBatched() {
        CoreSession target = core;
        if (batched.getAndSet(false) && target != null && !closing.get()) {
            target.flush(written);
        }
    }

    private void writeFailed(Throwable failure) {
        EngineSession current = session;
        if (failure instanceof WritePendingException) {
            if (!closing.get()) {
                log.warn("Disconnecting slow Socket.IO WebSocket client {} ({} frames queued)",
                        current == null ? "?" : current.id(), server.settings().outboundQueue());
            }
            if (current != null) {
                current.close(CloseReason.SLOW_CONSUMER, false);
            }
            close(CloseReason.SLOW_CONSUMER);
            return;
        }
        log.debug("Writing to {} failed", current, failure);
        if (current != null) {
            current.close(CloseReason.TRANSPORT_ERROR, false);
        }
    }

    /**
     * Closes after the frames already queued; a client that does not take its close frame within
     * {@link #CLOSE_GRACE} (a slow consumer's queue is full) is cut off.
     */
    void close(CloseReason reason) {
        CoreSession target = core;
        if (target == null || !closing.compareAndSet(false, true)) {
            return;
        }
        switch (reason) {
            case SLOW_CONSUMER -> target.close(4008, "slow consumer", Callback.NOOP);
            case PARSE_ERROR -> target.close(1002, "protocol error", Callback.NOOP);
            case SERVER_SHUTTING_DOWN -> target.close(1001, "server shutting down", Callback.NOOP);
            default -> target.close(1000, null, Callback.NOOP);
        }
        server.timers().schedule(() -> {
            if (!target.isClosed()) {
                target.abort();
            }
        }, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }
}
