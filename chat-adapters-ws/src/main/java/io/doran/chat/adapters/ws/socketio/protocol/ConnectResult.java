package io.doran.chat.adapters.ws.socketio.protocol;

/**
 * A namespace's answer to a client's CONNECT: the socket joins (the client gets CONNECT with the socket's
 * id and its {@code connect} event), or it is refused with a CONNECT_ERROR {@code {message, data}} (the
 * client's {@code connect_error} event, with {@code error.message} and {@code error.data}).
 */
public sealed interface ConnectResult {

    static ConnectResult accept() {
        return Accepted.INSTANCE;
    }

    /** @param data anything Jackson serializes, or null (e.g. {@code Map.of("code", "INVALID_TOKEN")}) */
    static ConnectResult refuse(String message, Object data) {
        return new Refused(message, data);
    }

    enum Accepted implements ConnectResult { INSTANCE }

    record Refused(String message, Object data) implements ConnectResult {

        public Refused {
            if (message == null) {
                throw new IllegalArgumentException("a refusal has a message");
            }
        }
    }
}
