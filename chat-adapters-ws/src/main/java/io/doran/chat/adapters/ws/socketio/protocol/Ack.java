package io.doran.chat.adapters.ws.socketio.protocol;

/**
 * The acknowledgement a client asked for with its event (its callback, {@code socket.emit("e", data, cb)}).
 * Only the first answer is sent; later ones are ignored.
 */
@FunctionalInterface
public interface Ack {

    /** Calls the client's callback with these arguments (any values Jackson serializes; binary ones as attachments). */
    void send(Object... args);
}
