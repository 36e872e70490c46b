package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.OutboundPacket;
import java.util.List;

/**
 * A Socket.IO packet encoded once, ready for any number of sockets of its namespace: the Engine.IO text
 * message (UTF-8 bytes, {@code 42/ns,[...]}) and, for binary packets, its attachments. Immutable; every
 * recipient sends the same bytes (see {@link SocketIoSocket#send}).
 */
public final class EncodedPacket {

    private final String namespace;
    private final List<OutboundPacket> packets;

    EncodedPacket(String namespace, List<OutboundPacket> packets) {
        this.namespace = namespace;
        this.packets = List.copyOf(packets);
    }

    public String namespace() {
        return namespace;
    }

    List<OutboundPacket> packets() {
        return packets;
    }

    /** The text message as a client receives it (with the Engine.IO type {@code 4}); attachments counted. */
    @Override
    public String toString() {
        return packets.getFirst() + (packets.size() > 1 ? " + " + (packets.size() - 1) + " attachment(s)" : "");
    }
}
