package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.HandshakeRequest;
import io.doran.chat.adapters.ws.socketio.engine.OutboundPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;

/**
 * One client's membership of one namespace: what the live session talks to. Sending never blocks the
 * caller: packets go to the connection's bounded outbound queue (see {@code EngineSession}); a client that
 * does not read is disconnected rather than holding memory. Packets sent once the socket is disconnected
 * are dropped.
 */
public final class SocketIoSocket {

    private static final Logger log = LoggerFactory.getLogger(SocketIoSocket.class);
    /** Packets emitted while {@code onConnect} runs, held for after the CONNECT answer. */
    static final int MAX_HELD = 256;
    /** Server-to-client acknowledgements awaited at once; a client that never answers cannot grow it. */
    static final int MAX_PENDING_ACKS = 256;

    private enum State { CONNECTING, CONNECTED, DISCONNECTED }

    private final String id;
    private final String namespace;
    private final ClientConnection client;
    private final NamespaceHandler handler;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong nextAckId = new AtomicLong();
    private final Map<Long, Consumer<ArrayNode>> pendingAcks = new ConcurrentHashMap<>();
    private volatile State state = State.CONNECTING;
    // Guarded by lock.
    private List<OutboundPacket> held = new ArrayList<>();
    private boolean heldOverflow;
    private DisconnectReason closedWhileConnecting;

    SocketIoSocket(String id, String namespace, ClientConnection client, NamespaceHandler handler) {
        this.id = id;
        this.namespace = namespace;
        this.client = client;
        this.handler = handler;
    }

    /** The socket's id, sent to the client in CONNECT (not the connection's session id). */
    public String id() {
        return id;
    }

    public String namespace() {
        return namespace;
    }

    /** The request that opened the client's connection: headers, cookies, query, address, languages. */
    public HandshakeRequest handshake() {
        return client.session().handshake();
    }

    /** {@code polling} or {@code websocket}. */
    public String transport() {
        return client.session().transport();
    }

    public boolean isConnected() {
        return state == State.CONNECTED;
    }

    /** Emits an event to this client (encodes it for this socket alone; for many, see {@link #send}). */
    public void emit(String event, Object... args) {
        send(client.encoder().event(namespace, event, args));
    }

    /**
     * Emits an event whose acknowledgement the client answers; {@code onAck} gets the client's arguments on
     * the thread that read them. At most {@value #MAX_PENDING_ACKS} may be awaited at once.
     *
     * @throws IllegalStateException when too many acknowledgements are awaited
     */
    public void emitWithAck(String event, Consumer<ArrayNode> onAck, Object... args) {
        if (pendingAcks.size() >= MAX_PENDING_ACKS) {
            throw new IllegalStateException("socket " + id + " already awaits " + MAX_PENDING_ACKS + " acknowledgements");
        }
        long ackId = nextAckId.getAndIncrement();
        pendingAcks.put(ackId, onAck);
        send(client.encoder().event(namespace, ackId, event, args));
        if (state == State.DISCONNECTED) {
            pendingAcks.remove(ackId);
        }
    }

    /**
     * Sends a packet encoded once for many sockets (a broadcast: {@link PacketEncoder#event}); every
     * recipient queues the same bytes.
     *
     * @throws IllegalArgumentException when the packet is for another namespace
     */
    public void send(EncodedPacket packet) {
        if (!namespace.equals(packet.namespace())) {
            throw new IllegalArgumentException("a packet of " + packet.namespace() + " sent to a socket of " + namespace);
        }
        State current = state;
        if (current == State.CONNECTED) {
            client.session().send(packet.packets());
            return;
        }
        if (current == State.DISCONNECTED) {
            return;
        }
        lock.lock();
        try {
            switch (state) {
                case CONNECTED -> client.session().send(packet.packets());
                case CONNECTING -> {
                    if (held.size() + packet.packets().size() > MAX_HELD) {
                        heldOverflow = true;
                    } else {
                        held.addAll(packet.packets());
                    }
                }
                case DISCONNECTED -> {
                    // dropped
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Disconnects the socket from its namespace: the client gets DISCONNECT ({@code io server disconnect},
     * it does not reconnect by itself) and the connection closes once it has no namespace left. Does
     * nothing before the socket is connected (refuse the connection instead).
     */
    public void disconnect() {
        if (!leave(null)) {
            return;
        }
        client.session().send(client.encoder().disconnect(namespace).packets());
        client.left(this, true);
        disconnected(DisconnectReason.SERVER_NAMESPACE_DISCONNECT);
    }

    // --- the protocol's side -----------------------------------------------------------------------

    /** The namespace accepted the socket: CONNECT, then what was emitted meanwhile. */
    void accepted() {
        DisconnectReason lateClose = null;
        boolean overflow;
        lock.lock();
        try {
            overflow = heldOverflow;
            if (state == State.DISCONNECTED) {
                lateClose = closedWhileConnecting;
            } else {
                List<OutboundPacket> packets = new ArrayList<>(client.encoder().connect(namespace, id).packets());
                packets.addAll(held);
                client.session().send(packets);
                state = State.CONNECTED;
            }
            held = null;
        } finally {
            lock.unlock();
        }
        if (lateClose != null) {
            disconnected(lateClose);
        } else if (overflow) {
            log.warn("Socket {} was sent more than {} packets before it connected; disconnecting it", id, MAX_HELD);
            disconnect();
        }
    }

    /** The namespace refused the socket: what was emitted meanwhile is dropped. */
    void refused() {
        lock.lock();
        try {
            state = State.DISCONNECTED;
            held = null;
        } finally {
            lock.unlock();
        }
    }

    /** An event from the client. */
    void onEvent(Packet packet) {
        if (state != State.CONNECTED) {
            return;
        }
        ArrayNode args = (ArrayNode) packet.data();
        String event = args.remove(0).asString();
        Optional<Ack> ack = packet.ackId() == Packet.NO_ACK ? Optional.empty() : Optional.of(ackFor(packet.ackId()));
        try {
            handler.onEvent(this, event, args, ack);
        } catch (RuntimeException e) {
            log.error("Handling event {} of socket {} failed", event, id, e);
        }
    }

    private Ack ackFor(long ackId) {
        AtomicBoolean answered = new AtomicBoolean();
        return args -> {
            if (answered.compareAndSet(false, true) && state == State.CONNECTED) {
                client.session().send(client.encoder().ack(namespace, ackId, args).packets());
            }
        };
    }

    /** The client acknowledged an event the server emitted with {@link #emitWithAck}. */
    void onAck(Packet packet) {
        Consumer<ArrayNode> callback = pendingAcks.remove(packet.ackId());
        if (callback == null) {
            return;
        }
        try {
            callback.accept((ArrayNode) packet.data());
        } catch (RuntimeException e) {
            log.error("An acknowledgement callback of socket {} failed", id, e);
        }
    }

    /** The client left the namespace. */
    void clientDisconnected() {
        if (leave(null)) {
            client.left(this, false);
            disconnected(DisconnectReason.CLIENT_NAMESPACE_DISCONNECT);
        }
    }

    /** The connection closed. */
    void connectionClosed(DisconnectReason reason) {
        if (leave(reason)) {
            disconnected(reason);
        }
    }

    /**
     * Moves to DISCONNECTED; true when the socket was connected (then this caller reports it). A socket
     * still connecting remembers {@code reason} for {@link #accepted}, which reports it then.
     */
    private boolean leave(DisconnectReason reason) {
        lock.lock();
        try {
            State before = state;
            if (before == State.CONNECTING && reason != null) {
                closedWhileConnecting = reason;
                state = State.DISCONNECTED;
            } else if (before == State.CONNECTED) {
                state = State.DISCONNECTED;
            }
            return before == State.CONNECTED;
        } finally {
            lock.unlock();
        }
    }

    private void disconnected(DisconnectReason reason) {
        pendingAcks.clear();
        client.reportDisconnect(() -> handler.onDisconnect(this, reason));
    }

    @Override
    public String toString() {
        return "SocketIoSocket[" + id + ", " + namespace + ", " + state + "]";
    }
}
