package io.doran.chat.adapters.ws.session;

import io.doran.chat.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * What the live WebSocket endpoints on Jetty ({@code /chat}, seed 001's) share: their open connections, each a live
 * session over a {@link JettyConnection}; the frame size limit, whose repeated breach closes the connection (1009);
 * keepalive (a pong or any frame is heard, quiet connections are pinged, silent ones closed); and the end of a
 * connection, which ends its session. Each endpoint reads and answers its own frames.
 *
 * @param <C> an endpoint's open connection
 */
public abstract class JettyEndpoint<C extends JettyEndpoint.Open> extends TextWebSocketHandler {

    /** An open connection: its live session and the transport it writes through. */
    public interface Open {

        LiveSession session();

        JettyConnection transport();
    }

    private static final Logger log = LoggerFactory.getLogger(JettyEndpoint.class);

    protected final Sessions sessions;
    private final int maxFrameBytes;
    private final int oversizeStrikes;
    private final Map<String, C> open = new ConcurrentHashMap<>();

    protected JettyEndpoint(Sessions sessions, int maxFrameBytes, int oversizeStrikes) {
        this.sessions = sessions;
        this.maxFrameBytes = maxFrameBytes;
        this.oversizeStrikes = oversizeStrikes;
    }

    /** The client's address as the server sees it ({@code unknown} when Jetty does not say), for the per-address cap. */
    protected static String address(WebSocketSession webSocket) {
        return webSocket.getRemoteAddress() == null ? "unknown"
                : webSocket.getRemoteAddress().getAddress().getHostAddress();
    }

    protected final void opened(WebSocketSession webSocket, C connection) {
        open.put(webSocket.getId(), connection);
    }

    /** The open connection of {@code webSocket}; empty before it was opened or after it closed. */
    protected final Optional<C> connection(WebSocketSession webSocket) {
        return Optional.ofNullable(open.get(webSocket.getId()));
    }

    /**
     * The frame's text, once the client was heard; empty when it is over the size limit: then the client is told
     * ({@code FRAME_TOO_LARGE}), and closed (1009) after {@code oversizeStrikes} such frames.
     */
    protected final Optional<String> withinLimit(C connection, TextMessage message) {
        connection.transport().heard();
        String text = message.getPayload();
        // A UTF-8 encoding takes at most three bytes per char: only long frames need counting.
        if (text.length() <= maxFrameBytes / 3 || text.getBytes(StandardCharsets.UTF_8).length <= maxFrameBytes) {
            return Optional.of(text);
        }
        int strikes = connection.transport().oversizeFrame();
        connection.transport().send(connection.session().refuse(ErrorCode.FRAME_TOO_LARGE, List.of(maxFrameBytes), null));
        if (strikes >= oversizeStrikes) {
            log.warn("Closing {} after {} oversize frames", connection.session().id(), strikes);
            connection.transport().close(CloseReason.TOO_BIG);
        }
        return Optional.empty();
    }

    @Override
    protected final void handlePongMessage(WebSocketSession webSocket, PongMessage message) {
        connection(webSocket).ifPresent(connection -> connection.transport().heard());
    }

    /** Pings the connections that went quiet and closes those that stopped answering (SPEC §8 keepalive). */
    public final void keepAlive(Duration pingEvery, Duration timeout) {
        for (C connection : open.values()) {
            connection.transport().keepAlive(pingEvery, timeout);
        }
    }

    @Override
    public final void afterConnectionClosed(WebSocketSession webSocket, CloseStatus status) {
        C connection = open.remove(webSocket.getId());
        if (connection == null) {
            return;
        }
        connection.transport().stopped();
        sessions.closed(connection.session());
    }

    @Override
    public final void handleTransportError(WebSocketSession webSocket, Throwable exception) {
        log.debug("Transport error on {}", webSocket.getId(), exception);
    }

    /** Connections open and not being closed. */
    public final int openConnections() {
        return (int) open.values().stream().filter(connection -> !connection.transport().isClosed()).count();
    }
}
