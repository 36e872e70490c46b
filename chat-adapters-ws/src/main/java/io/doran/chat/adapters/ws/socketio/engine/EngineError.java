package io.doran.chat.adapters.ws.socketio.engine;

/**
 * The Engine.IO server's refusals of an HTTP request, answered with their status and the JSON body
 * {@code {"code": n, "message": "..."}} that the reference server sends.
 */
enum EngineError {
    UNKNOWN_TRANSPORT(0, "Transport unknown", 400),
    UNKNOWN_SID(1, "Session ID unknown", 400),
    BAD_HANDSHAKE_METHOD(2, "Bad handshake method", 400),
    BAD_REQUEST(3, "Bad request", 400),
    FORBIDDEN(4, "Forbidden", 403),
    UNSUPPORTED_PROTOCOL_VERSION(5, "Unsupported protocol version", 400),
    /** Not one of the reference's codes: a polling payload over {@code maxPayload} (its status is 413 there too). */
    PAYLOAD_TOO_LARGE(3, "Payload too large", 413);

    final int code;
    final String message;
    final int status;

    EngineError(int code, String message, int status) {
        this.code = code;
        this.message = message;
        this.status = status;
    }

    String json() {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\"}";
    }
}
