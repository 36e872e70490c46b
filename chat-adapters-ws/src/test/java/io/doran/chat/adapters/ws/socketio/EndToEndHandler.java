package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.socketio.protocol.Ack;
import io.doran.chat.adapters.ws.socketio.protocol.ConnectResult;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import io.doran.chat.adapters.ws.socketio.protocol.EncodedPacket;
import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import io.doran.chat.adapters.ws.socketio.protocol.PacketEncoder;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoSocket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The namespace {@code /} of the end-to-end tests: refuses the auth token {@code bad} (and fails on
 * {@code explode}); echoes events (as an
 * acknowledgement when asked for one), asks the client a question with an acknowledgement of its own,
 * broadcasts, disconnects on request, floods on request; remembers why each socket left.
 */
final class EndToEndHandler implements NamespaceHandler {

    final Map<String, SocketIoSocket> connected = new ConcurrentHashMap<>();
    final Map<String, DisconnectReason> disconnected = new ConcurrentHashMap<>();
    private final PacketEncoder encoder = new PacketEncoder(TestServer.JSON);

    @Override
    public ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth) {
        String token = auth.map(payload -> payload.path("token").asString("")).orElse("");
        if (token.equals("bad")) {
            return ConnectResult.refuse("bad token", Map.of("code", "INVALID_TOKEN"));
        }
        if (token.equals("explode")) {
            throw new IllegalStateException("a namespace that fails while it decides");
        }
        connected.put(socket.id(), socket);
        return ConnectResult.accept();
    }

    @Override
    public void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack) {
        Object[] values = args.valueStream().toArray(JsonNode[]::new);
        switch (event) {
            case "echo", "binary" -> {
                if (ack.isPresent()) {
                    ack.get().send(values);
                } else {
                    socket.emit(event, values);
                }
            }
            case "ask" -> socket.emitWithAck("question", answer -> socket.emit("answered", answer.get(0)), values);
            case "broadcast" -> {
                EncodedPacket news = encoder.event("/", "news", values);
                connected.values().forEach(recipient -> recipient.send(news));
            }
            case "kick" -> socket.disconnect();
            case "boom" -> throw new IllegalStateException("a handler that fails on an event");
            case "flood" -> {
                EncodedPacket big = encoder.event("/", "big", "x".repeat(args.get(0).path("size").asInt()));
                for (int i = 0; i < args.get(0).path("count").asInt() && socket.isConnected(); i++) {
                    socket.send(big);
                }
            }
            default -> socket.emit("error", "unknown event " + event);
        }
    }

    @Override
    public void onDisconnect(SocketIoSocket socket, DisconnectReason reason) {
        connected.remove(socket.id());
        disconnected.put(socket.id(), reason);
    }

    /** {@code /socket}: welcomes a socket with its namespace. */
    static NamespaceHandler welcoming() {
        return new NamespaceHandler() {
            @Override
            public ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth) {
                socket.emit("welcome", Map.of("namespace", socket.namespace(), "transport", socket.transport()));
                return ConnectResult.accept();
            }

            @Override
            public void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack) {
            }

            @Override
            public void onDisconnect(SocketIoSocket socket, DisconnectReason reason) {
            }
        };
    }
}
