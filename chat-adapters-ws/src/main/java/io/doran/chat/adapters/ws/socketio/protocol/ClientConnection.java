package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.CloseReason;
import io.doran.chat.adapters.ws.socketio.engine.EngineListener;
import io.doran.chat.adapters.ws.socketio.engine.EngineSession;
import io.doran.chat.adapters.ws.socketio.engine.MalformedPacketException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One client's Engine.IO connection as Socket.IO sees it: its packets decoded and dispatched to the
 * sockets of the namespaces it joined (one socket per namespace), and the connect timeout: a connection
 * that has joined no namespace within it is closed.
 */
final class ClientConnection implements EngineListener {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    private final SocketIoServer server;
    private final EngineSession session;
    private final PacketDecoder decoder;
    private final Map<String, SocketIoSocket> sockets = new ConcurrentHashMap<>(2);
    private final ScheduledFuture<?> connectTimeout;

    ClientConnection(SocketIoServer server, EngineSession session) {
        this.server = server;
        this.session = session;
        this.decoder = new PacketDecoder(server.json());
        this.connectTimeout = server.timers().schedule(this::connectTimedOut, server.connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    EngineSession session() {
        return session;
    }

    PacketEncoder encoder() {
        return server.encoder();
    }

    @Override
    public void onMessage(String text) {
        Packet packet;
        try {
            packet = decoder.text(text);
        } catch (MalformedPacketException e) {
            protocolError(e);
            return;
        }
        if (packet != null) {
            dispatch(packet);
        }
    }

    @Override
    public void onBinary(byte[] data) {
        Packet packet;
        try {
            packet = decoder.binary(data);
        } catch (MalformedPacketException e) {
            protocolError(e);
            return;
        }
        if (packet != null) {
            dispatch(packet);
        }
    }

    private void protocolError(MalformedPacketException e) {
        log.debug("Closing Socket.IO connection {}: {}", session.id(), e.getMessage());
        session.abort(CloseReason.PARSE_ERROR);
    }

    private void dispatch(Packet packet) {
        if (packet.type() == Packet.Type.CONNECT) {
            connect(packet);
            return;
        }
        SocketIoSocket socket = sockets.get(packet.namespace());
        if (socket == null) {
            log.debug("Ignoring a {} packet for namespace {}, which {} has not joined", packet.type(),
                    packet.namespace(), session.id());
            return;
        }
        switch (packet.type()) {
            case EVENT -> socket.onEvent(packet);
            case ACK -> socket.onAck(packet);
            case DISCONNECT -> socket.clientDisconnected();
            default -> protocolError(new MalformedPacketException("unexpected " + packet.type()));
        }
    }

    private void connect(Packet packet) {
        String namespace = packet.namespace();
        if (sockets.containsKey(namespace)) {
            protocolError(new MalformedPacketException("a second CONNECT to " + namespace));
            return;
        }
        NamespaceHandler handler = server.handler(namespace);
        if (handler == null) {
            session.send(encoder().connectError(namespace, "Invalid namespace", null).packets());
            return;
        }
        SocketIoSocket socket = new SocketIoSocket(server.newSocketId(), namespace, this, handler);
        ConnectResult result;
        try {
            result = handler.onConnect(socket, Optional.ofNullable((ObjectNode) packet.data()));
        } catch (RuntimeException e) {
            log.error("Connecting a socket to {} failed", namespace, e);
            result = ConnectResult.refuse("Internal server error", null);
        }
        switch (result) {
            case ConnectResult.Accepted accepted -> {
                sockets.put(namespace, socket);
                connectTimeout.cancel(false);
                socket.accepted();
                if (!session.isOpen()) {
                    // The connection closed while the namespace decided; its close may have missed this socket.
                    socket.connectionClosed(DisconnectReason.TRANSPORT_CLOSE);
                }
            }
            case ConnectResult.Refused refused -> {
                socket.refused();
                session.send(encoder().connectError(namespace, refused.message(), refused.data()).packets());
            }
        }
    }

    /** A socket left its namespace; when the server disconnected the last one, the connection closes too. */
    void left(SocketIoSocket socket, boolean byServer) {
        sockets.remove(socket.namespace(), socket);
        if (byServer && sockets.isEmpty()) {
            session.close();
        }
    }

    /** Runs a handler's {@code onDisconnect} away from the thread that found the socket gone. */
    void reportDisconnect(Runnable onDisconnect) {
        server.reportDisconnect(onDisconnect);
    }

    private void connectTimedOut() {
        if (sockets.isEmpty() && session.isOpen()) {
            log.debug("Closing {}: no namespace joined within {}", session.id(), server.connectTimeout());
            session.close();
        }
    }

    @Override
    public void onClose(CloseReason reason) {
        connectTimeout.cancel(false);
        DisconnectReason disconnect = DisconnectReason.of(reason);
        for (SocketIoSocket socket : List.copyOf(sockets.values())) {
            socket.connectionClosed(disconnect);
        }
        sockets.clear();
    }
}
