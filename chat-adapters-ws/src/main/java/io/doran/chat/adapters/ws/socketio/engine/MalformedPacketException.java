package io.doran.chat.adapters.ws.socketio.engine;

/**
 * A packet that breaks the protocol (Engine.IO or Socket.IO): the session that sent it is closed, as the
 * reference servers do; it never reaches the client as a stack trace.
 */
public final class MalformedPacketException extends RuntimeException {

    public MalformedPacketException(String message) {
        super(message, null, false, false);
    }
}
