package io.doran.chat.adapters.ws.socketio.engine;

/** The seven Engine.IO v4 packet types, each written as its digit in front of the packet's data. */
public enum EnginePacketType {
    /** The handshake: the server's first packet, with the session's parameters. */
    OPEN,
    /** Either side ends the session. */
    CLOSE,
    /** The server's heartbeat (or the client's upgrade probe, {@code 2probe}). */
    PING,
    /** The client's answer to a ping (or the server's answer to a probe, {@code 3probe}). */
    PONG,
    /** Application data: a text or a binary message. */
    MESSAGE,
    /** The client completes the upgrade from long-polling to WebSocket. */
    UPGRADE,
    /** Nothing: ends a pending poll while the client upgrades. */
    NOOP;

    /** The digit that names the type on the wire. */
    char code() {
        return (char) ('0' + ordinal());
    }

    static EnginePacketType of(char code) {
        int index = code - '0';
        if (index < 0 || index >= values().length) {
            throw new MalformedPacketException("unknown Engine.IO packet type '" + code + "'");
        }
        return values()[index];
    }
}
