package io.doran.chat.adapters.ws.socketio.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An Engine.IO packet on its way to a client, already encoded: either the UTF-8 text of a text packet (its
 * type digit first, then its data) or the bytes of a binary message. The bytes are read-only and may be
 * shared by any number of sessions; every transport reads its own slice, so one encoding serves all the
 * recipients of a broadcast, over WebSocket (one frame) and long-polling (one record of a payload) alike.
 */
public final class OutboundPacket {

    static final OutboundPacket PING = control("2");
    static final OutboundPacket PROBE_PONG = control("3probe");
    static final OutboundPacket CLOSE = control("1");
    static final OutboundPacket NOOP = control("6");

    private final ByteBuffer bytes;
    private final boolean binary;

    private OutboundPacket(ByteBuffer bytes, boolean binary) {
        this.bytes = bytes.asReadOnlyBuffer();
        this.binary = binary;
    }

    /**
     * A text message packet from its UTF-8 bytes, which must start with the message type {@code 4}
     * (the Socket.IO encoder writes it in front of the Socket.IO packet, so nothing is copied).
     */
    public static OutboundPacket textMessage(ByteBuffer utf8) {
        if (!utf8.hasRemaining() || utf8.get(utf8.position()) != '4') {
            throw new IllegalArgumentException("a text message packet starts with the message type 4");
        }
        return new OutboundPacket(utf8, false);
    }

    /** A text message packet: {@code 4} followed by {@code text}. */
    public static OutboundPacket textMessage(String text) {
        return new OutboundPacket(ByteBuffer.wrap(("4" + text).getBytes(StandardCharsets.UTF_8)), false);
    }

    /** A binary message packet (a WebSocket binary frame, or {@code b} and base64 in a polling payload). */
    public static OutboundPacket binaryMessage(byte[] data) {
        return new OutboundPacket(ByteBuffer.wrap(data), true);
    }

    static OutboundPacket open(String json) {
        return control("0" + json);
    }

    private static OutboundPacket control(String text) {
        return new OutboundPacket(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), false);
    }

    /** This recipient's own view of the shared bytes. */
    ByteBuffer slice() {
        return bytes.slice();
    }

    boolean isBinary() {
        return binary;
    }

    /** Bytes on a WebSocket (for a binary packet in a polling payload, before base64). */
    int size() {
        return bytes.remaining();
    }

    @Override
    public String toString() {
        return binary ? "binary(" + size() + " bytes)" : StandardCharsets.UTF_8.decode(slice()).toString();
    }
}
