package io.doran.chat.adapters.ws.socketio.engine;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a POST body without blocking, up to a limit: Jetty calls it back when more content arrives, on a
 * thread that may block (the body's packets go straight to the application, as a WebSocket frame does).
 */
final class BodyReader implements Runnable {

    private final Request request;
    private final int limit;
    private final Consumer<byte[]> onBody;
    private final Runnable onTooLarge;
    private final Consumer<Throwable> onFailure;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    BodyReader(Request request, int limit, Consumer<byte[]> onBody, Runnable onTooLarge, Consumer<Throwable> onFailure) {
        this.request = request;
        this.limit = limit;
        this.onBody = onBody;
        this.onTooLarge = onTooLarge;
        this.onFailure = onFailure;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                onFailure.accept(chunk.getFailure());
                return;
            }
            int size = chunk.remaining();
            if (body.size() + size > limit) {
                chunk.release();
                onTooLarge.run();
                return;
            }
            if (size > 0) {
                byte[] bytes = new byte[size];
                chunk.getByteBuffer().get(bytes);
                body.writeBytes(bytes);
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                onBody.accept(body.toByteArray());
                return;
            }
        }
    }
}
