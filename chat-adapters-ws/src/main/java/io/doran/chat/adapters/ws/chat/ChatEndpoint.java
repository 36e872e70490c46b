package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.JettyEndpoint;
import io.doran.chat.adapters.ws.session.LiveSession;
import io.doran.chat.adapters.ws.session.Outcome;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.domain.live.ConnectionId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

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
final class ChatEndpoint extends JettyEndpoint<ChatEndpoint.Connection> {

    record Connection(LiveSession session, ChatTransport transport) implements JettyEndpoint.Open {
    }

    private final ChatCodec codec;
    private final int outboundQueue;
    private final ScheduledExecutorService timers;
    private final Coalescer coalescer;

    ChatEndpoint(Sessions sessions, ChatCodec codec, int maxFrameBytes, int oversizeStrikes, int outboundQueue,
                 ScheduledExecutorService timers, Coalescer coalescer) {
        super(sessions, maxFrameBytes, oversizeStrikes);
        this.codec = codec;
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
        sessions.open(new ConnectionId(webSocket.getId()), transport, locale, address(webSocket)).ifPresent(session -> {
            opened(webSocket, new Connection(session, transport));
            sessions.greet(session, handshake);
        });
    }

    @Override
    protected void handleTextMessage(WebSocketSession webSocket, TextMessage message) {
        connection(webSocket).ifPresent(connection -> withinLimit(connection, message).ifPresent(text -> {
            LiveSession session = connection.session();
            switch (codec.read(text)) {
                case ChatCodec.Frame frame -> answer(connection.transport(), session.handle(frame.frame()));
                case ChatCodec.Refused refused -> connection.transport().send(session.refuse(refused.reason(), refused.ref()));
            }
        }));
    }

    /** Writes the reply, unless it is an {@code ack} nobody asked for, then closes when the session says so. */
    private static void answer(ChatTransport transport, Outcome outcome) {
        ServerFrame reply = outcome.reply();
        if (!(reply instanceof ServerFrame.Ack) || reply.ref() != null) {
            transport.send(reply);
        }
        outcome.thenClose().ifPresent(transport::close);
    }
}
