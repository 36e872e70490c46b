package io.doran.chat.adapters.ws.socketio.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Engine.IO v4 packet encoding. A WebSocket frame carries one packet: text packets as text frames (type
 * digit, then data), binary messages as binary frames. A long-polling payload carries several packets
 * separated by the record separator {@code \x1e}, binary messages as {@code b} followed by their base64.
 */
final class EngineCodec {

    static final char SEPARATOR = '\u001e';

    private EngineCodec() {
    }

    /** One packet of a WebSocket text frame or of a polling payload. */
    static EnginePacket decode(String packet) {
        if (packet.isEmpty()) {
            throw new MalformedPacketException("empty Engine.IO packet");
        }
        char type = packet.charAt(0);
        if (type == 'b') {
            try {
                return EnginePacket.binary(Base64.getDecoder().decode(packet.substring(1)));
            } catch (IllegalArgumentException e) {
                throw new MalformedPacketException("binary packet is not base64");
            }
        }
        return EnginePacket.text(EnginePacketType.of(type), packet.substring(1));
    }

    /** The packets of a polling payload, in order. */
    static List<EnginePacket> decodePayload(String payload) {
        List<EnginePacket> packets = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = payload.indexOf(SEPARATOR, start);
            packets.add(decode(end < 0 ? payload.substring(start) : payload.substring(start, end)));
            if (end < 0) {
                return packets;
            }
            start = end + 1;
        }
    }

    /** A polling payload: the packets joined by the separator, binary ones in base64. */
    static ByteBuffer encodePayload(List<OutboundPacket> packets) {
        Base64.Encoder base64 = Base64.getEncoder();
        int size = packets.size() - 1;
        for (OutboundPacket packet : packets) {
            size += packet.isBinary() ? 1 + 4 * ((packet.size() + 2) / 3) : packet.size();
        }
        ByteBuffer payload = ByteBuffer.allocate(size);
        for (int i = 0; i < packets.size(); i++) {
            if (i > 0) {
                payload.put((byte) SEPARATOR);
            }
            OutboundPacket packet = packets.get(i);
            if (packet.isBinary()) {
                payload.put((byte) 'b').put(base64.encode(packet.slice()));
            } else {
                payload.put(packet.slice());
            }
        }
        return payload.flip();
    }
}
