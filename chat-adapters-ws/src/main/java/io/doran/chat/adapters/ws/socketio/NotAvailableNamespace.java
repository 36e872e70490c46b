package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.socketio.protocol.Ack;
import io.doran.chat.adapters.ws.socketio.protocol.ConnectResult;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoSocket;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The namespaces' handler until the live session serves them: every CONNECT is refused with CONNECT_ERROR
 * {@code {"message": "Socket.IO is not available yet", "data": {"code": "UNAVAILABLE"}}}.
 */
final class NotAvailableNamespace implements NamespaceHandler {

    static final String MESSAGE = "Socket.IO is not available yet";

    @Override
    public ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth) {
        return ConnectResult.refuse(MESSAGE, Map.of("code", "UNAVAILABLE"));
    }

    @Override
    public void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack) {
        // never connected
    }

    @Override
    public void onDisconnect(SocketIoSocket socket, DisconnectReason reason) {
        // never connected
    }
}
