package io.doran.chat.adapters.ws.socketio.live;

import io.doran.chat.adapters.ws.session.CloseReason;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.Transport;
import io.doran.chat.adapters.ws.socketio.protocol.EncodedPacket;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoSocket;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveUpdate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Socket.IO socket as a live session's transport: a reply or notice becomes an event of the socket's dialect,
 * a broadcast an event encoded once per namespace and dialect for every recipient, and a close a server
 * disconnect. While the namespace still decides whether to accept the socket, what the session says is held:
 * a refusal becomes the CONNECT_ERROR, a welcome nothing (the CONNECT is the welcome).
 */
final class SocketIoTransport implements Transport {

    private final SocketIoSocket socket;
    private final LiveNamespace namespace;
    private final Map<String, Dialect> rooms = new ConcurrentHashMap<>();
    private volatile boolean connecting = true;
    private volatile ServerFrame heldFrame;
    private volatile CloseReason heldClose;

    SocketIoTransport(SocketIoSocket socket, LiveNamespace namespace) {
        this.socket = socket;
        this.namespace = namespace;
    }

    @Override
    public String name() {
        return "socket.io";
    }

    @Override
    public void send(ServerFrame frame) {
        if (connecting) {
            heldFrame = frame;
            return;
        }
        namespace.codec().reply(frame, Dialect.SNAKE).ifPresent(event -> socket.emit(event.name(), namespace.codec().tree(event.payload())));
    }

    /** Sends the broadcast's event in the dialect this socket joined the update's room with, encoded once for all. */
    @Override
    public void deliver(Delivery delivery) {
        Dialect dialect = delivery.update() instanceof LiveUpdate.RoomUpdate update
                ? rooms.getOrDefault(update.roomId(), Dialect.KEBAB) : Dialect.KEBAB;
        Optional<EncodedPacket> packet = delivery.encoded(namespace.encoding(dialect));
        packet.ifPresent(socket::send);
        if (delivery.update() instanceof LiveUpdate.RoomLeft left) {
            rooms.remove(left.roomId());
        }
    }

    @Override
    public void close(CloseReason reason) {
        if (connecting) {
            heldClose = reason;
            return;
        }
        socket.disconnect();
    }

    /** The client joined {@code roomId} speaking {@code dialect}, or left it ({@code null}). */
    void joined(String roomId, Dialect dialect) {
        if (dialect == null) {
            rooms.remove(roomId);
        } else {
            rooms.put(roomId, dialect);
        }
    }

    /** The namespace decided; answers the refusal the session asked for while it was deciding, if any. */
    Optional<ServerFrame> connected() {
        connecting = false;
        return heldClose == null ? Optional.empty() : Optional.ofNullable(heldFrame);
    }

    boolean refused() {
        return heldClose != null;
    }

    SocketIoSocket socket() {
        return socket;
    }
}
