package io.doran.chat.adapters.ws.socketio.engine;

/** Why an Engine.IO session ended (the reference server's reasons, plus a client too slow to read). */
public enum CloseReason {
    /** The client closed the session: a close packet, or its WebSocket closed normally. */
    TRANSPORT_CLOSE,
    /** The connection failed: a write failed, a poll was cut, two polls or posts overlapped. */
    TRANSPORT_ERROR,
    /** No pong within the ping timeout. */
    PING_TIMEOUT,
    /** The client sent something that is not the protocol. */
    PARSE_ERROR,
    /** The server closed the session (its application asked for it). */
    FORCED_CLOSE,
    /** The client stopped reading and its bounded outbound queue filled up. */
    SLOW_CONSUMER,
    /** The server is stopping. */
    SERVER_SHUTTING_DOWN
}
