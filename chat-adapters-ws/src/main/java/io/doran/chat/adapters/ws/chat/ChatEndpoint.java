package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.CloseReason;
import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.LiveSession;
import io.doran.chat.adapters.ws.session.Outcome;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /chat} endpoint (SPEC §5): a thin transport over the live session. It reads each text frame into a
 * typed client frame, lets the session answer it, and writes the answer: every reply to a frame that carried a
 * {@code ref}, every refusal, and the frames that are replies of their own ({@code auth-success}, {@code
 * room-joined}, {@code room-left}, {@code pong}); an {@code ack} only when the frame carried a {@code ref} (else
 * the broadcast is the confirmation). A bad frame gets an {@code error} and the connection stays usable; frames
 * over the size limit are refused, and repeated ones close the connection (1009). Binary frames are not part of
 * the protocol: Spring closes the connection with 1003. Quiet connections are pinged, and those that stop
 * answering are closed, so a peer that vanished without closing does not stay online.
 */
final class ChatEndpoint extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatEndpoint.class);

    private record Open(LiveSession session, ChatTransport transport) {
    }

    private final Sessions sessions;
    private final ChatCodec codec;
    private final int maxFrameBytes;
    private final int oversizeStrikes;
    private final int outboundQueue;
    private final ScheduledExecutorService timers;
    private final Coalescer coalescer;
    private final Map<String, Open> open = new ConcurrentHashMap<>();

    ChatEndpoint(Sessions sessions, ChatCodec codec, int maxFrameBytes, int oversizeStrikes, int outboundQueue,
                 ScheduledExecutorService timers, Coalescer coalescer) {
        this.sessions = sessions;
        this.codec = codec;
        this.maxFrameBytes = maxFrameBytes;
        this.oversizeStrikes = oversizeStrikes;
        this.outboundQueue = outboundQueue;
        this.timers = timers;
        this.coalescer = coalescer;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession webSocket) {
        Map<String, Object> attributes = webSocket.getAttributes();
        Locale locale = (Locale) attributes.getOrDefault(HandshakeAuthenticator.LOCALE, Locale.ENGLISH);
        Optional<Sessions.Handshake> handshake =
                Optional.ofNullable((Sessions.Handshake) attributes.get(HandshakeAuthenticator.HANDSHAKE));
        ChatTransport transport = new ChatTransport(webSocket, codec, outboundQueue, timers, coalescer,
                sessions.metrics());
        String address = webSocket.getRemoteAddress() == null ? "unknown"
                : webSocket.getRemoteAddress().getAddress().getHostAddress();
        sessions.open(new ConnectionId(webSocket.getId()), transport, locale, address).ifPresent(session -> {
            open.put(webSocket.getId(), new Open(session, transport));
            sessions.greet(session, handshake);
        });
    }

    @Override
    protected void handleTextMessage(WebSocketSession webSocket, TextMessage message) {
        Open connection = open.get(webSocket.getId());
        if (connection == null) {
            return;
        }
        connection.transport().heard();
        String text = message.getPayload();
        // A UTF-8 encoding takes at most three bytes per char: only long frames need counting.
        if (text.length() > maxFrameBytes / 3 && text.getBytes(StandardCharsets.UTF_8).length > maxFrameBytes) {
            tooLarge(connection);
            return;
        }
        LiveSession session = connection.session();
        switch (codec.read(text)) {
            case ChatCodec.Frame frame -> answer(connection.transport(), session.handle(frame.frame()));
            case ChatCodec.Refused refused -> connection.transport().send(session.refuse(refused.reason(), refused.ref()));
        }
    }

    /** Writes the reply, unless it is an {@code ack} nobody asked for, then closes when the session says so. */
    private static void answer(ChatTransport transport, Outcome outcome) {
        ServerFrame reply = outcome.reply();
        if (!(reply instanceof ServerFrame.Ack) || reply.ref() != null) {
            transport.send(reply);
        }
        outcome.thenClose().ifPresent(transport::close);
    }

    private void tooLarge(Open connection) {
        int strikes = connection.transport().oversizeFrame();
        connection.transport().send(connection.session().refuse(ErrorCode.FRAME_TOO_LARGE, List.of(maxFrameBytes), null));
        if (strikes >= oversizeStrikes) {
            log.warn("Closing {} after {} oversize frames", connection.session().id(), strikes);
            connection.transport().close(CloseReason.TOO_BIG);
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession webSocket, PongMessage message) {
        Open connection = open.get(webSocket.getId());
        if (connection != null) {
            connection.transport().heard();
        }
    }

    /** Pings the connections that went quiet and closes those that stopped answering (SPEC §8 keepalive). */
    void keepAlive(Duration pingEvery, Duration timeout) {
        for (Open connection : open.values()) {
            connection.transport().keepAlive(pingEvery, timeout);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession webSocket, CloseStatus status) {
        Open connection = open.remove(webSocket.getId());
        if (connection == null) {
            return;
        }
        connection.transport().stopped();
        sessions.closed(connection.session());
    }

    @Override
    public void handleTransportError(WebSocketSession webSocket, Throwable exception) {
        log.debug("Transport error on {}", webSocket.getId(), exception);
    }

    /** Connections open and not being closed. */
    int openConnections() {
        return (int) open.values().stream().filter(connection -> !connection.transport().isClosed()).count();
    }
}
