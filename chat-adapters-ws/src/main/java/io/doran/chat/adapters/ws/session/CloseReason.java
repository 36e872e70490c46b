package io.doran.chat.adapters.ws.session;

/**
 * Why the server ends a connection (SPEC §2, §5, §8), with the WebSocket close code it uses; other transports
 * (Socket.IO) say the same in their own way.
 */
public enum CloseReason {
    /** No {@code authenticate} in time, or the token expired or was revoked (000: 4001). */
    SESSION_EXPIRED(4001, "session expired"),
    /** Authentication refused. */
    AUTHENTICATION_FAILED(4001, "authentication failed"),
    /** The user was suspended or deleted (003). */
    SUSPENDED(4003, "user suspended"),
    /** The client did not read its frames fast enough (SPEC §8: 1013 or 4008). */
    SLOW_CONSUMER(4008, "slow consumer"),
    /** Too many connections of one user (SPEC §8). */
    TOO_MANY_CONNECTIONS(4029, "too many connections"),
    /** The peer answered no ping for too long: it vanished without closing (SPEC §8 keepalive). */
    UNRESPONSIVE(4000, "no answer to pings"),
    /** Repeated oversize frames. */
    TOO_BIG(1009, "frame too large"),
    /** The server could not write to the connection. */
    SERVER_ERROR(1011, "server error");

    private final int code;
    private final String reason;

    CloseReason(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
