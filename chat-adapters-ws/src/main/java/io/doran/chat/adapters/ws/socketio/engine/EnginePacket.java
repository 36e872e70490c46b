package io.doran.chat.adapters.ws.socketio.engine;

/**
 * A decoded packet from a client: its type and either its text (after the type digit, possibly empty) or,
 * for a binary message, its bytes.
 */
record EnginePacket(EnginePacketType type, String text, byte[] binary) {

    static EnginePacket text(EnginePacketType type, String text) {
        return new EnginePacket(type, text, null);
    }

    static EnginePacket binary(byte[] bytes) {
        return new EnginePacket(EnginePacketType.MESSAGE, null, bytes);
    }

    boolean isBinary() {
        return binary != null;
    }
}
