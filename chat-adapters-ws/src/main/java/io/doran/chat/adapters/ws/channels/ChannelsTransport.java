package io.doran.chat.adapters.ws.channels;

import io.doran.chat.adapters.ws.session.JettyConnection;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveUpdate;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.springframework.web.socket.WebSocketSession;

/**
 * One seed 001 connection's outbound side on Jetty, as {@code /chat}'s: frames go to Jetty's non-blocking send,
 * whose per-connection queue holds at most {@code queueCapacity} frames (a client that lets it fill is closed,
 * 4008); a delivery's frame is encoded once for all its recipients, and updates this surface does not show are
 * not sent. The connection is bound to its room: taken out of it (removed, or the room deleted), it closes.
 */
final class ChannelsTransport extends JettyConnection {

    private final ChannelsCodec codec;

    ChannelsTransport(WebSocketSession session, ChannelsCodec codec, int queueCapacity,
                      ScheduledExecutorService timers, SessionMetrics metrics) {
        super(session, queueCapacity, timers, metrics);
        this.codec = codec;
    }

    @Override
    public String name() {
        return "channels";
    }

    /** Sends the session's refusals as {@code error} frames; its other replies have no frame on this surface. */
    @Override
    public void send(ServerFrame frame) {
        codec.write(frame).ifPresent(text -> queue(new Frame(OpCode.TEXT, text)));
    }

    @Override
    public void deliver(Delivery delivery) {
        switch (delivery.update()) {
            case LiveUpdate.RoomDeleted deleted -> close(RoomClose.ROOM_NOT_FOUND);
            case LiveUpdate.RoomLeft left -> close(RoomClose.NOT_ALLOWED);
            default -> {
                ByteBuffer encoded = delivery.encoded(codec.encoding);
                if (encoded.hasRemaining()) {
                    queue(new Frame(OpCode.TEXT, encoded.slice()));
                }
            }
        }
    }

    void close(RoomClose reason) {
        close(reason.code(), reason.reason());
    }
}
