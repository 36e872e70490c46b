package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a client's Socket.IO packets: {@code <type>[<attachments>-][<namespace>,][<ack id>][<JSON>]}, a
 * binary packet's attachments arriving as the next binary messages, where placeholders
 * {@code {"_placeholder":true,"num":n}} stand for them. Anything else is a {@link MalformedPacketException},
 * which closes the client's session (the protocol says so): never an exception that escapes.
 * One decoder per client; it keeps a binary packet while its attachments arrive.
 */
final class PacketDecoder {

    /** As the reference parser: more attachments than this in one packet is refused. */
    static final int MAX_ATTACHMENTS = 10;
    /** Event names the client-side API reserves, which a client never emits. */
    private static final Set<String> RESERVED_EVENTS = Set.of("connect", "connect_error", "disconnect",
            "disconnecting", "newListener", "removeListener");
    /** Beyond 15 digits an id is no longer exactly a JavaScript number. */
    private static final int MAX_ACK_DIGITS = 15;

    private final ObjectReader reader;
    private Packet incomplete;
    private int expected;
    private final List<byte[]> attachments = new ArrayList<>();

    PacketDecoder(JsonMapper json) {
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A text packet; null while a binary packet waits for its attachments. */
    synchronized Packet text(String text) {
        if (incomplete != null) {
            throw new MalformedPacketException("a text packet arrived while attachments were expected");
        }
        Packet packet = parse(text);
        if (packet.type() != Packet.Type.BINARY_EVENT && packet.type() != Packet.Type.BINARY_ACK) {
            return packet;
        }
        if (expected == 0) {
            return reassemble(packet, List.of());
        }
        incomplete = packet;
        return null;
    }

    /** A binary attachment; the packet once its last attachment arrived, else null. */
    synchronized Packet binary(byte[] data) {
        if (incomplete == null) {
            throw new MalformedPacketException("a binary message arrived without a binary packet");
        }
        attachments.add(data);
        if (attachments.size() < expected) {
            return null;
        }
        Packet packet = reassemble(incomplete, List.copyOf(attachments));
        incomplete = null;
        attachments.clear();
        return packet;
    }

    private Packet parse(String text) {
        int length = text.length();
        if (length == 0) {
            throw new MalformedPacketException("empty Socket.IO packet");
        }
        int typeIndex = text.charAt(0) - '0';
        if (typeIndex < 0 || typeIndex >= Packet.Type.values().length) {
            throw new MalformedPacketException("unknown Socket.IO packet type");
        }
        Packet.Type type = Packet.Type.values()[typeIndex];
        int i = 1;
        expected = 0;
        if (type == Packet.Type.BINARY_EVENT || type == Packet.Type.BINARY_ACK) {
            int start = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 2 || i >= length || text.charAt(i) != '-') {
                throw new MalformedPacketException("illegal attachment count");
            }
            expected = Integer.parseInt(text, start, i, 10);
            if (expected > MAX_ATTACHMENTS) {
                throw new MalformedPacketException("too many attachments");
            }
            i++;
        }
        String namespace = "/";
        if (i < length && text.charAt(i) == '/') {
            int comma = text.indexOf(',', i);
            namespace = comma < 0 ? text.substring(i) : text.substring(i, comma);
            i = comma < 0 ? length : comma + 1;
        }
        long ackId = Packet.NO_ACK;
        int start = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i > start) {
            if (i - start > MAX_ACK_DIGITS) {
                throw new MalformedPacketException("acknowledgement id too large");
            }
            ackId = Long.parseLong(text, start, i, 10);
        }
        JsonNode data = null;
        if (i < length) {
            try {
                data = reader.readTree(text.substring(i));
            } catch (JacksonException e) {
                throw new MalformedPacketException("the payload is not JSON");
            }
        }
        Packet packet = new Packet(type, namespace, ackId, data);
        validate(packet);
        return packet;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The payload each type must carry (a client never sends CONNECT_ERROR). */
    private static void validate(Packet packet) {
        JsonNode data = packet.data();
        boolean valid = switch (packet.type()) {
            case CONNECT -> data == null || data.isObject();
            case DISCONNECT -> data == null;
            case EVENT, BINARY_EVENT -> data != null && data.isArray() && !data.isEmpty() && isEventName(data.get(0));
            case ACK, BINARY_ACK -> data != null && data.isArray() && packet.ackId() != Packet.NO_ACK;
            case CONNECT_ERROR -> false;
        };
        if (!valid) {
            throw new MalformedPacketException("invalid payload for a " + packet.type() + " packet");
        }
    }

    private static boolean isEventName(JsonNode name) {
        return name.isNumber() || name.isString() && !RESERVED_EVENTS.contains(name.asString());
    }

    /** The binary packet with its placeholders replaced by its attachments, as an EVENT or an ACK. */
    private static Packet reassemble(Packet packet, List<byte[]> buffers) {
        JsonNode data = replacePlaceholders(packet.data(), buffers);
        Packet.Type type = packet.type() == Packet.Type.BINARY_EVENT ? Packet.Type.EVENT : Packet.Type.ACK;
        return new Packet(type, packet.namespace(), packet.ackId(), data);
    }

    private static JsonNode replacePlaceholders(JsonNode node, List<byte[]> buffers) {
        if (node instanceof ObjectNode object) {
            if (object.path("_placeholder").isBoolean() && object.get("_placeholder").booleanValue()) {
                JsonNode num = object.get("num");
                if (num == null || !num.isIntegralNumber() || num.asLong() < 0 || num.asLong() >= buffers.size()) {
                    throw new MalformedPacketException("illegal attachment placeholder");
                }
                return JsonNodeFactory.instance.binaryNode(buffers.get(num.asInt()));
            }
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, replacePlaceholders(object.get(name), buffers));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replacePlaceholders(array.get(i), buffers));
            }
        }
        return node;
    }
}
