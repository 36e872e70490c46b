package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.CloseReason;

/** Why a socket left its namespace (the reasons Socket.IO's own server reports, plus a slow consumer). */
public enum DisconnectReason {
    /** The client disconnected from the namespace (its {@code socket.disconnect()}). */
    CLIENT_NAMESPACE_DISCONNECT("client namespace disconnect"),
    /** The server disconnected the socket ({@link SocketIoSocket#disconnect()}). */
    SERVER_NAMESPACE_DISCONNECT("server namespace disconnect"),
    /** The client closed its connection. */
    TRANSPORT_CLOSE("transport close"),
    /** The connection failed. */
    TRANSPORT_ERROR("transport error"),
    /** The client stopped answering pings. */
    PING_TIMEOUT("ping timeout"),
    /** The client broke the protocol. */
    PARSE_ERROR("parse error"),
    /** The server closed the whole connection. */
    FORCED_CLOSE("forced close"),
    /** The client stopped reading and its outbound queue filled up. */
    SLOW_CONSUMER("slow consumer"),
    /** The server is stopping. */
    SERVER_SHUTTING_DOWN("server shutting down");

    private final String wireName;

    DisconnectReason(String wireName) {
        this.wireName = wireName;
    }

    /** The reason as Socket.IO names it. */
    public String wireName() {
        return wireName;
    }

    static DisconnectReason of(CloseReason reason) {
        return switch (reason) {
            case TRANSPORT_CLOSE -> TRANSPORT_CLOSE;
            case TRANSPORT_ERROR -> TRANSPORT_ERROR;
            case PING_TIMEOUT -> PING_TIMEOUT;
            case PARSE_ERROR -> PARSE_ERROR;
            case FORCED_CLOSE -> FORCED_CLOSE;
            case SLOW_CONSUMER -> SLOW_CONSUMER;
            case SERVER_SHUTTING_DOWN -> SERVER_SHUTTING_DOWN;
        };
    }
}
