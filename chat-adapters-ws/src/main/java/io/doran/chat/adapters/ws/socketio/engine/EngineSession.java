package io.doran.chat.adapters.ws.socketio.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Engine.IO v4 session: its transport (long-polling, WebSocket, or polling on its way to WebSocket),
 * its heartbeat and its bounded outbound queue.
 *
 * <p>Sending never blocks and never hops threads. Over WebSocket a packet goes straight to Jetty's
 * non-blocking writer, whose queue is bounded ({@code outboundQueue} frames); over long-polling it answers
 * the pending poll if there is one (a non-blocking write) or waits in a buffer of at most
 * {@code outboundQueue} packets for the next poll. A client that lets either fill up is disconnected
 * ({@link CloseReason#SLOW_CONSUMER}) rather than growing the server's memory.
 *
 * <p>The session's lock guards the polling state and the upgrade; nothing is written to a socket and no
 * application code runs while it is held, except the one-time hand-over of the buffered packets to the
 * WebSocket that completes an upgrade (a non-blocking queueing). Once a session is on WebSocket for good,
 * sends take no lock at all.
 */
public final class EngineSession {

    private static final Logger log = LoggerFactory.getLogger(EngineSession.class);

    private enum State { OPEN, CLOSING, CLOSED }

    private final String id;
    private final EngineServer server;
    private final HandshakeRequest handshake;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean closeNotified = new AtomicBoolean();
    private volatile EngineListener listener;
    private volatile State state = State.OPEN;
    private volatile CloseReason closedBecause;
    /** When the client was last heard from (any packet): a sign of life while a pong is awaited. */
    private volatile long lastHeard = System.nanoTime();
    /** The session's WebSocket once it is its transport for good (from the start, or after the upgrade). */
    private volatile EngineWebSocket webSocket;

    // Guarded by lock.
    private final ArrayDeque<OutboundPacket> buffer = new ArrayDeque<>();
    private Poll poll;
    private boolean posting;
    private EngineWebSocket candidate;
    private boolean probed;
    private ScheduledFuture<?> upgradeTimer;
    private ScheduledFuture<?> heartbeat;
    private boolean awaitingPong;

    EngineSession(String id, EngineServer server, HandshakeRequest handshake, EngineWebSocket webSocket) {
        this.id = id;
        this.server = server;
        this.handshake = handshake;
        this.webSocket = webSocket;
    }

    /** The session id ({@code sid}), which the client sends with every request; secret to others. */
    public String id() {
        return id;
    }

    /** The request that opened the session. */
    public HandshakeRequest handshake() {
        return handshake;
    }

    /** {@code websocket} or {@code polling} (also while an upgrade is under way). */
    public String transport() {
        return webSocket != null ? "websocket" : "polling";
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    // --- sending -----------------------------------------------------------------------------------

    /** Queues a packet for the client without waiting; dropped once the session is closing. */
    public void send(OutboundPacket packet) {
        send(List.of(packet));
    }

    /** Queues packets for the client, in order and together (a Socket.IO packet and its attachments). */
    public void send(List<OutboundPacket> packets) {
        EngineWebSocket socket = webSocket;
        if (socket != null) {
            if (state == State.OPEN) {
                socket.send(packets);
            }
            return;
        }
        sendPolling(packets);
    }

    private void sendPolling(List<OutboundPacket> packets) {
        EngineWebSocket socket;
        Poll answer = null;
        List<OutboundPacket> payload = null;
        boolean overflow = false;
        lock.lock();
        try {
            socket = webSocket;
            if (socket == null) {
                if (state != State.OPEN) {
                    return;
                }
                if (buffer.size() + packets.size() > server.settings().outboundQueue()) {
                    overflow = true;
                } else {
                    buffer.addAll(packets);
                    if (poll != null) {
                        answer = poll;
                        poll = null;
                        payload = drain();
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        if (socket != null) {
            send(packets);
        } else if (overflow) {
            log.warn("Disconnecting slow Socket.IO polling client {} ({} packets waiting)", id,
                    server.settings().outboundQueue());
            close(CloseReason.SLOW_CONSUMER, false);
        } else if (answer != null) {
            answer.respond(payload);
        }
    }

    /** The buffered packets, leaving the buffer empty (lock held). */
    private List<OutboundPacket> drain() {
        List<OutboundPacket> packets = new ArrayList<>(buffer);
        buffer.clear();
        return packets;
    }

    // --- long-polling ------------------------------------------------------------------------------

    /**
     * A GET: answered at once with the buffered packets, or held (no thread waits on it) until a packet
     * arrives; a ping arrives within the ping interval, so no poll is held longer than that.
     */
    void poll(Request request, Response response, Callback callback) {
        Poll incoming = new Poll(response, callback);
        request.addFailureListener(failure -> pollFailed(incoming, failure));
        request.addIdleTimeoutListener(timeout -> false);
        List<OutboundPacket> payload = null;
        EngineError refusal = null;
        boolean overlap = false;
        boolean closed = false;
        lock.lock();
        try {
            if (webSocket != null) {
                refusal = EngineError.BAD_REQUEST;
            } else if (state == State.CLOSED) {
                refusal = EngineError.UNKNOWN_SID;
            } else if (state == State.CLOSING) {
                // What was queued before the close goes first; the close packet comes in a poll of its own,
                // so that a client handles those packets before it sees its transport close.
                if (!buffer.isEmpty()) {
                    payload = drain();
                } else {
                    payload = List.of(OutboundPacket.CLOSE);
                    state = State.CLOSED;
                    closed = true;
                    cancel(heartbeat);
                }
            } else if (poll != null) {
                refusal = EngineError.BAD_REQUEST;
                overlap = true;
            } else if (!buffer.isEmpty()) {
                payload = drain();
            } else if (candidate != null && probed) {
                payload = List.of(OutboundPacket.NOOP);
            } else {
                poll = incoming;
            }
        } finally {
            lock.unlock();
        }
        if (refusal != null) {
            HttpAnswers.error(response, callback, refusal);
            if (overlap) {
                close(CloseReason.TRANSPORT_ERROR, false);
            }
        } else if (payload != null) {
            incoming.respond(payload);
            if (closed) {
                server.remove(this);
            }
        }
    }

    private void pollFailed(Poll failed, Throwable failure) {
        lock.lock();
        try {
            if (poll != failed) {
                return;
            }
            poll = null;
        } finally {
            lock.unlock();
        }
        log.debug("Poll of {} failed", id, failure);
        failed.callback.failed(failure);
        close(CloseReason.TRANSPORT_ERROR, false);
    }

    /** A POST: its packets reach the application, then it is answered {@code ok}. */
    void post(Request request, Response response, Callback callback) {
        EngineError refusal = null;
        boolean overlap = false;
        boolean closing = false;
        lock.lock();
        try {
            if (webSocket != null) {
                refusal = EngineError.BAD_REQUEST;
            } else if (state == State.CLOSED) {
                refusal = EngineError.UNKNOWN_SID;
            } else if (posting) {
                refusal = EngineError.BAD_REQUEST;
                overlap = true;
            } else if (state == State.CLOSING) {
                closing = true;
            } else {
                posting = true;
            }
        } finally {
            lock.unlock();
        }
        if (refusal != null) {
            HttpAnswers.error(response, callback, refusal);
            if (overlap) {
                close(CloseReason.TRANSPORT_ERROR, false);
            }
            return;
        }
        if (closing) {
            HttpAnswers.ok(response, callback);
            return;
        }
        int limit = server.settings().maxPayload();
        if ("application/octet-stream".equalsIgnoreCase(request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
            refusePost(response, callback, EngineError.BAD_REQUEST);
        } else if (request.getLength() > limit) {
            refusePost(response, callback, EngineError.PAYLOAD_TOO_LARGE);
        } else {
            new BodyReader(request, limit, body -> received(body, response, callback),
                    () -> refusePost(response, callback, EngineError.PAYLOAD_TOO_LARGE),
                    failure -> {
                        posted();
                        callback.failed(failure);
                        close(CloseReason.TRANSPORT_ERROR, false);
                    }).run();
        }
    }

    private void received(byte[] body, Response response, Callback callback) {
        List<EnginePacket> packets;
        try {
            packets = EngineCodec.decodePayload(new String(body, StandardCharsets.UTF_8));
        } catch (MalformedPacketException e) {
            log.debug("Closing {}: {}", id, e.getMessage());
            refusePost(response, callback, EngineError.BAD_REQUEST);
            return;
        }
        try {
            for (EnginePacket packet : packets) {
                if (state != State.OPEN) {
                    break;
                }
                onPacket(packet, null);
            }
        } finally {
            posted();
        }
        HttpAnswers.ok(response, callback);
    }

    /** A POST that breaks the protocol: refused, and the session closed. */
    private void refusePost(Response response, Callback callback, EngineError error) {
        posted();
        HttpAnswers.error(response, callback, error);
        close(CloseReason.PARSE_ERROR, false);
    }

    private void posted() {
        lock.lock();
        try {
            posting = false;
        } finally {
            lock.unlock();
        }
    }

    /** A held GET, answered once with a payload. */
    private final class Poll {

        final Response response;
        final Callback callback;

        Poll(Response response, Callback callback) {
            this.response = response;
            this.callback = callback;
        }

        void respond(List<OutboundPacket> packets) {
            HttpAnswers.payload(response, EngineCodec.encodePayload(packets), Callback.from(callback::succeeded, failure -> {
                callback.failed(failure);
                close(CloseReason.TRANSPORT_ERROR, false);
            }));
        }
    }

    // --- incoming packets --------------------------------------------------------------------------

    /** A packet from the client, over polling ({@code from} null) or over a WebSocket. */
    void onPacket(EnginePacket packet, EngineWebSocket from) {
        if (from != null && from != webSocket) {
            onUpgradePacket(packet, from);
            return;
        }
        if (state != State.OPEN) {
            return;
        }
        lastHeard = System.nanoTime();
        switch (packet.type()) {
            case PONG -> pong();
            case MESSAGE -> deliver(packet);
            case CLOSE -> close(CloseReason.TRANSPORT_CLOSE, false);
            case PING -> {
                log.debug("Closing {}: a v4 client does not ping", id);
                close(CloseReason.PARSE_ERROR, false);
            }
            default -> {
                // open, upgrade and noop mean nothing on the session's own transport
            }
        }
    }

    /** A packet that is not Engine.IO: the session ends, or an upgrade candidate is dropped. */
    void onMalformedPacket(EngineWebSocket from) {
        if (from != webSocket) {
            dropCandidate(from);
        } else {
            close(CloseReason.PARSE_ERROR, false);
        }
    }

    private void deliver(EnginePacket packet) {
        EngineListener current = listener;
        try {
            if (packet.isBinary()) {
                current.onBinary(packet.binary());
            } else {
                current.onMessage(packet.text());
            }
        } catch (RuntimeException e) {
            log.error("The application failed on a message of session {}", id, e);
        }
    }

    // --- upgrade -----------------------------------------------------------------------------------

    /** A WebSocket opened with this session's id: it becomes the upgrade candidate unless there is one. */
    boolean offerWebSocket(EngineWebSocket socket) {
        lock.lock();
        try {
            if (state != State.OPEN || webSocket != null || candidate != null) {
                return false;
            }
            candidate = socket;
            probed = false;
            upgradeTimer = server.timers().schedule(() -> dropCandidate(socket),
                    EngineSettings.UPGRADE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void onUpgradePacket(EnginePacket packet, EngineWebSocket socket) {
        if (packet.type() == EnginePacketType.PING && "probe".equals(packet.text())) {
            probe(socket);
        } else if (packet.type() == EnginePacketType.UPGRADE) {
            upgrade(socket);
        } else {
            dropCandidate(socket);
        }
    }

    /** {@code 2probe}: answered {@code 3probe}; a pending poll is ended with a noop so the client can pause polling. */
    private void probe(EngineWebSocket socket) {
        Poll answer = null;
        lock.lock();
        try {
            if (candidate != socket || state != State.OPEN) {
                return;
            }
            probed = true;
            answer = poll;
            poll = null;
        } finally {
            lock.unlock();
        }
        socket.send(List.of(OutboundPacket.PROBE_PONG));
        if (answer != null) {
            answer.respond(List.of(OutboundPacket.NOOP));
        }
    }

    /** {@code 5}: the WebSocket becomes the transport, and the packets still buffered for polling go over it. */
    private void upgrade(EngineWebSocket socket) {
        Poll answer;
        lock.lock();
        try {
            if (candidate != socket || state != State.OPEN) {
                return;
            }
            candidate = null;
            upgradeTimer.cancel(false);
            answer = poll;
            poll = null;
            if (!buffer.isEmpty()) {
                socket.send(drain());
            }
            webSocket = socket;
        } finally {
            lock.unlock();
        }
        if (answer != null) {
            answer.respond(List.of(OutboundPacket.NOOP));
        }
    }

    private void dropCandidate(EngineWebSocket socket) {
        lock.lock();
        try {
            if (candidate != socket) {
                return;
            }
            candidate = null;
            probed = false;
            upgradeTimer.cancel(false);
        } finally {
            lock.unlock();
        }
        socket.close(CloseReason.PARSE_ERROR);
    }

    /** A WebSocket of this session closed: the session's own ends it, a candidate is just forgotten. */
    void webSocketClosed(EngineWebSocket socket, int statusCode) {
        if (socket == webSocket) {
            close(statusCode == 1000 || statusCode == 1001 || statusCode == 1005
                    ? CloseReason.TRANSPORT_CLOSE : CloseReason.TRANSPORT_ERROR, false);
            return;
        }
        lock.lock();
        try {
            if (candidate == socket) {
                candidate = null;
                probed = false;
                upgradeTimer.cancel(false);
            }
        } finally {
            lock.unlock();
        }
    }

    // --- heartbeat ---------------------------------------------------------------------------------

    /** Starts the session once the server registered it: the application listens, pings begin. */
    void start(EngineListener listener) {
        this.listener = listener;
        if (closedBecause != null) {
            notifyClosed(closedBecause);
            return;
        }
        lock.lock();
        try {
            if (state == State.OPEN) {
                schedulePing();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Queues the handshake, the first packet of the session (lock not needed: not yet shared). */
    void queueOpen(OutboundPacket open) {
        buffer.add(open);
    }

    private void schedulePing() {
        heartbeat = server.timers().schedule(this::ping, server.settings().pingInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ping() {
        lock.lock();
        try {
            if (state != State.OPEN) {
                return;
            }
            awaitingPong = true;
            heartbeat = server.timers().schedule(this::pingTimedOut, server.settings().pingTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
        send(OutboundPacket.PING);
    }

    private void pong() {
        lock.lock();
        try {
            if (!awaitingPong || state != State.OPEN) {
                return;
            }
            awaitingPong = false;
            heartbeat.cancel(false);
            schedulePing();
        } finally {
            lock.unlock();
        }
    }

    /**
     * No pong within the ping timeout: the session ends, unless the client sent something else within it
     * (it is alive, just busy; the timeout then counts from that packet).
     */
    private void pingTimedOut() {
        lock.lock();
        try {
            if (!awaitingPong || state != State.OPEN) {
                return;
            }
            long timeout = server.settings().pingTimeout().toNanos();
            long silence = System.nanoTime() - lastHeard;
            if (silence < timeout) {
                heartbeat = server.timers().schedule(this::pingTimedOut, timeout - silence, TimeUnit.NANOSECONDS);
                return;
            }
        } finally {
            lock.unlock();
        }
        close(CloseReason.PING_TIMEOUT, false);
    }

    // --- closing -----------------------------------------------------------------------------------

    /**
     * Ends the session after the packets already queued (the application's own decision): over WebSocket a
     * close frame follows them; over polling the next poll carries them and the one after the close packet.
     */
    public void close() {
        close(CloseReason.FORCED_CLOSE, true);
    }

    /**
     * Ends the session now, dropping what is still queued: for the protocol above when the client broke it
     * ({@link CloseReason#PARSE_ERROR}) or cannot keep up ({@link CloseReason#SLOW_CONSUMER}).
     */
    public void abort(CloseReason reason) {
        close(reason, false);
    }

    /**
     * Ends the session. {@code graceful}: packets already queued still go out first (over polling, in a
     * response before the one with the close packet). Otherwise queued packets are dropped and a pending
     * poll gets the close packet ({@code 1}), or a noop ({@code 6}) when the client itself closed, as the
     * reference server answers.
     */
    void close(CloseReason reason, boolean graceful) {
        Poll answer = null;
        List<OutboundPacket> payload = null;
        EngineWebSocket socket;
        EngineWebSocket dropped;
        boolean removed = false;
        lock.lock();
        try {
            if (state == State.CLOSED || (state == State.CLOSING && graceful)) {
                return;
            }
            cancel(heartbeat);
            cancel(upgradeTimer);
            awaitingPong = false;
            closedBecause = reason;
            socket = webSocket;
            dropped = candidate;
            candidate = null;
            if (socket == null && graceful && (poll == null || !buffer.isEmpty())) {
                // Over polling the queued packets go out with the next poll and the close packet with the
                // one after (see poll); a client that stops polling is let go after the ping timeout.
                state = State.CLOSING;
                if (poll != null) {
                    answer = poll;
                    poll = null;
                    payload = drain();
                }
                heartbeat = server.timers().schedule(() -> close(reason, false),
                        server.settings().pingTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                state = State.CLOSED;
                removed = true;
                if (socket == null && poll != null) {
                    answer = poll;
                    poll = null;
                    payload = List.of(graceful || reason != CloseReason.TRANSPORT_CLOSE ? OutboundPacket.CLOSE : OutboundPacket.NOOP);
                }
                buffer.clear();
            }
        } finally {
            lock.unlock();
        }
        if (removed) {
            server.remove(this);
        }
        if (answer != null) {
            answer.respond(payload);
        }
        if (socket != null) {
            socket.close(reason);
        }
        if (dropped != null) {
            dropped.close(reason);
        }
        notifyClosed(reason);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void notifyClosed(CloseReason reason) {
        EngineListener current = listener;
        if (current != null && closeNotified.compareAndSet(false, true)) {
            try {
                current.onClose(reason);
            } catch (RuntimeException e) {
                log.error("The application failed on the close of session {}", id, e);
            }
        }
    }

    @Override
    public String toString() {
        return "EngineSession[" + id + ", " + transport() + ", " + state + "]";
    }
}
