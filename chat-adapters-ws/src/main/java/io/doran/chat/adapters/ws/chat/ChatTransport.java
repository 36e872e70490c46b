package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.JettyConnection;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.application.port.in.Delivery;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.springframework.web.socket.WebSocketSession;

/**
 * One {@code /chat} connection's outbound side on Jetty, with its bounded queue ({@link JettyConnection}). A
 * delivery's frame is encoded to bytes once and every recipient sends the same bytes.
 *
 * <p>Coalescing ({@code chat.ws.coalesce-window}): the first delivery of a window is written at once and opens the
 * window; deliveries within it are handed to Jetty as part of a batch (copied, header and payload, into the
 * connection's output buffer without a write), and the {@link Coalescer} flushes that buffer when the window ends. A
 * connection that gets a frame now and then is written to as before, with no delay; one that gets many (a big
 * room) costs one write per window. Replies and notices are written at once and take any batched frames with
 * them, in order. Batched frames count against the same bounded queue while a write is under way.
 */
final class ChatTransport extends JettyConnection {

    private final ChatCodec codec;
    private final Coalescer coalescer;
    private final AtomicBoolean windowOpen = new AtomicBoolean();
    private final AtomicBoolean batched = new AtomicBoolean();
    private final Coalescer.Flushable flusher = this::windowEnds;

    ChatTransport(WebSocketSession session, ChatCodec codec, int queueCapacity, ScheduledExecutorService timers,
                  Coalescer coalescer, SessionMetrics metrics) {
        super(session, queueCapacity, timers, metrics);
        this.codec = codec;
        this.coalescer = coalescer;
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public void send(ServerFrame frame) {
        queue(new Frame(OpCode.TEXT, codec.write(frame)));
    }

    /** Queues the delivery's frame, encoded once for all its recipients (each sends a read-only slice). */
    @Override
    public void deliver(Delivery delivery) {
        ByteBuffer encoded = delivery.encoded(codec.encoding);
        Frame frame = new Frame(OpCode.TEXT, encoded.slice());
        if (!coalescer.enabled() || windowOpen.compareAndSet(false, true)) {
            queue(frame);
            if (coalescer.enabled()) {
                coalescer.flushSoon(flusher);
            }
            return;
        }
        if (isClosed()) {
            return;
        }
        batch(frame);
        batched.set(true);
        if (!windowOpen.get()) {
            // The window ended while this frame was being batched: nobody else will flush it.
            flushBatched();
        }
    }

    /** The coalescing window ends: what was batched in it is written, and the next delivery opens a new one. */
    private void windowEnds() {
        windowOpen.set(false);
        flushBatched();
    }

    private void flushBatched() {
        if (batched.getAndSet(false)) {
            flush();
        }
    }
}
