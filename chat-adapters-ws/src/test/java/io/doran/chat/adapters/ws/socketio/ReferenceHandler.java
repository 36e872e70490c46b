package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.socketio.protocol.Ack;
import io.doran.chat.adapters.ws.socketio.protocol.ConnectResult;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoSocket;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Socket.IO compliance suite expects of the server: on connection, emit {@code auth} with the
 * handshake's auth payload; on {@code message}, emit {@code message-back} with the same arguments; on
 * {@code message-with-ack}, acknowledge with the same arguments ({@code /custom} only does the first).
 */
final class ReferenceHandler implements NamespaceHandler {

    private final boolean echoes;

    ReferenceHandler(boolean echoes) {
        this.echoes = echoes;
    }

    @Override
    public ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth) {
        socket.emit("auth", auth.orElseGet(JsonNodeFactory.instance::objectNode));
        return ConnectResult.accept();
    }

    @Override
    public void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack) {
        if (!echoes) {
            return;
        }
        Object[] values = args.valueStream().toArray(JsonNode[]::new);
        if (event.equals("message")) {
            socket.emit("message-back", values);
        } else if (event.equals("message-with-ack")) {
            ack.ifPresent(answer -> answer.send(values));
        }
    }

    @Override
    public void onDisconnect(SocketIoSocket socket, DisconnectReason reason) {
    }
}
