package io.doran.chat.adapters.ws.socketio.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The endpoint's HTTP answers, written without blocking (Jetty's core response). */
final class HttpAnswers {

    private static final String TEXT = "text/plain; charset=UTF-8";

    private HttpAnswers() {
    }

    /** A refusal with the reference server's JSON body (the CORS headers already set stay). */
    static void error(Response response, Callback callback, EngineError error) {
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("response already committed: " + error));
            return;
        }
        write(response, callback, error.status, "application/json", error.json());
    }

    /** What a successful POST answers. */
    static void ok(Response response, Callback callback) {
        write(response, callback, 200, TEXT, "ok");
    }

    /** A polling payload. */
    static void payload(Response response, ByteBuffer payload, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, payload.remaining());
        response.write(true, payload, callback);
    }

    private static void write(Response response, Callback callback, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
