package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.OutboundPacket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Socket.IO packets straight to the UTF-8 bytes of their Engine.IO message
 * ({@code 4<type>[<attachments>-][<namespace>,][<ack id>]<JSON>}), with the application's {@link JsonMapper}:
 * arguments are any values Jackson serializes (records, maps, {@code JsonNode}s). Binary values
 * ({@code byte[]}, {@code ByteBuffer}, binary nodes) anywhere in the arguments become placeholders and
 * attachments, making the packet a BINARY_EVENT or BINARY_ACK. The bytes are written once and shared:
 * encode a broadcast once and {@link SocketIoSocket#send send} the result to every recipient.
 */
public final class PacketEncoder {

    private final JsonMapper json;

    public PacketEncoder(JsonMapper json) {
        this.json = json;
    }

    /** An event without acknowledgement: {@code 42["event", ...args]} (or the binary form). */
    public EncodedPacket event(String namespace, String event, Object... args) {
        return encode(Packet.Type.EVENT, namespace, Packet.NO_ACK, eventPayload(event, args));
    }

    EncodedPacket event(String namespace, long ackId, String event, Object[] args) {
        return encode(Packet.Type.EVENT, namespace, ackId, eventPayload(event, args));
    }

    EncodedPacket ack(String namespace, long ackId, Object[] args) {
        return encode(Packet.Type.ACK, namespace, ackId, args);
    }

    EncodedPacket connect(String namespace, String socketId) {
        return encode(Packet.Type.CONNECT, namespace, Packet.NO_ACK, Map.of("sid", socketId));
    }

    EncodedPacket connectError(String namespace, String message, Object data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("message", message);
        if (data != null) {
            payload.put("data", data);
        }
        return encode(Packet.Type.CONNECT_ERROR, namespace, Packet.NO_ACK, payload);
    }

    EncodedPacket disconnect(String namespace) {
        return encode(Packet.Type.DISCONNECT, namespace, Packet.NO_ACK, null);
    }

    private static Object[] eventPayload(String event, Object[] args) {
        Object[] payload = new Object[args.length + 1];
        payload[0] = event;
        System.arraycopy(args, 0, payload, 1, args.length);
        return payload;
    }

    private EncodedPacket encode(Packet.Type type, String namespace, long ackId, Object payload) {
        Bytes out = new Bytes();
        out.write('4');
        out.write(type.code());
        writeNamespaceAndId(out, namespace, ackId);
        int headerEnd = out.size();
        List<byte[]> attachments = new ArrayList<>();
        if (payload != null) {
            try (JsonGenerator generator = new Placeholders(json.createGenerator(out), attachments)) {
                json.writeValue(generator, payload);
            }
        }
        if (attachments.isEmpty()) {
            return new EncodedPacket(namespace, List.of(OutboundPacket.textMessage(out.bytes())));
        }
        Bytes binary = new Bytes();
        binary.write('4');
        binary.write(type == Packet.Type.ACK ? Packet.Type.BINARY_ACK.code() : Packet.Type.BINARY_EVENT.code());
        binary.writeBytes((attachments.size() + "-").getBytes(StandardCharsets.US_ASCII));
        writeNamespaceAndId(binary, namespace, ackId);
        binary.write(out.array(), headerEnd, out.size() - headerEnd);
        List<OutboundPacket> packets = new ArrayList<>(1 + attachments.size());
        packets.add(OutboundPacket.textMessage(binary.bytes()));
        attachments.forEach(attachment -> packets.add(OutboundPacket.binaryMessage(attachment)));
        return new EncodedPacket(namespace, packets);
    }

    private static void writeNamespaceAndId(Bytes out, String namespace, long ackId) {
        if (!"/".equals(namespace)) {
            out.writeBytes(namespace.getBytes(StandardCharsets.UTF_8));
            out.write(',');
        }
        if (ackId != Packet.NO_ACK) {
            out.writeBytes(Long.toString(ackId).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A byte array stream whose bytes are wrapped, not copied. */
    private static final class Bytes extends ByteArrayOutputStream {

        Bytes() {
            super(128);
        }

        byte[] array() {
            return buf;
        }

        ByteBuffer bytes() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    /** Writes every binary value as the next placeholder and keeps its bytes as an attachment. */
    private static final class Placeholders extends JsonGeneratorDelegate {

        private final List<byte[]> attachments;

        Placeholders(JsonGenerator generator, List<byte[]> attachments) {
            super(generator, false);
            this.attachments = attachments;
        }

        @Override
        public JsonGenerator writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
            placeholder(Arrays.copyOfRange(data, offset, offset + length));
            return this;
        }

        @Override
        public int writeBinary(Base64Variant variant, InputStream data, int length) {
            try {
                byte[] bytes = length < 0 ? data.readAllBytes() : data.readNBytes(length);
                placeholder(bytes);
                return bytes.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void placeholder(byte[] bytes) {
            delegate.writeStartObject();
            delegate.writeName("_placeholder");
            delegate.writeBoolean(true);
            delegate.writeName("num");
            delegate.writeNumber(attachments.size());
            delegate.writeEndObject();
            attachments.add(bytes);
        }
    }
}
