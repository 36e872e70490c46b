package io.doran.chat.adapters.ws.channels;

import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.CloseReason;
import io.doran.chat.adapters.ws.session.JettyEndpoint;
import io.doran.chat.adapters.ws.session.LiveSession;
import io.doran.chat.adapters.ws.session.Outcome;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.application.port.in.JoinRoomUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Seed 001's WebSocket {@code /ws/chat/{room_id}/chat/}: a thin transport over the live session. The connection
 * is signed in by the gateway's handshake and is in its room at once: an open room admits the user as a
 * participant ({@link JoinRoomUseCase}), then the connection joins the live room; a room that does not exist
 * closes it (4404), one the user may not enter too (4403). Each {@code chat.message} is a text message sent to the
 * room, with the send use case's rules and limits; a refusal or a bad frame gets an {@code error} frame and the
 * connection stays. Frame size limit, keepalive and the bounded outbound queue are {@code /chat}'s.
 */
final class ChannelsEndpoint extends JettyEndpoint<ChannelsEndpoint.Connection> {

    private static final Logger log = LoggerFactory.getLogger(ChannelsEndpoint.class);

    /** An open connection, with its room once the path named one. */
    record Connection(LiveSession session, ChannelsTransport transport, RoomId room) implements JettyEndpoint.Open {
    }

    private final JoinRoomUseCase joinRoom;
    private final ChannelsCodec codec;
    private final ChannelsWebSocket.Limits limits;
    private final ScheduledExecutorService timers;

    ChannelsEndpoint(Sessions sessions, JoinRoomUseCase joinRoom, ChannelsCodec codec, ChannelsWebSocket.Limits limits,
                     ScheduledExecutorService timers) {
        super(sessions, limits.maxFrameBytes(), limits.oversizeStrikes());
        this.joinRoom = joinRoom;
        this.codec = codec;
        this.limits = limits;
        this.timers = timers;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession webSocket) {
        Map<String, Object> attributes = webSocket.getAttributes();
        Locale locale = (Locale) attributes.getOrDefault(GatewayHandshake.LOCALE, Locale.ENGLISH);
        Sessions.Handshake handshake = (Sessions.Handshake) attributes.get(GatewayHandshake.HANDSHAKE);
        Optional<RoomId> room = roomId((String) attributes.get(GatewayHandshake.ROOM));
        ChannelsTransport transport = new ChannelsTransport(webSocket, codec, limits.outboundQueue(), timers,
                sessions.metrics());
        sessions.open(new ConnectionId(webSocket.getId()), transport, locale, address(webSocket)).ifPresent(session -> {
            opened(webSocket, new Connection(session, transport, room.orElse(null)));
            sessions.greet(session, Optional.ofNullable(handshake));
            if (!session.isAuthenticated()) {
                return;
            }
            if (room.isEmpty()) {
                refused(transport, session.refuse(new ChatException(ErrorCode.ROOM_NOT_FOUND), null), ErrorCode.ROOM_NOT_FOUND);
                return;
            }
            enter(session, transport, room.get());
        });
    }

    /** Into the room: as a participant when it is open to anyone, then into its live room. */
    private void enter(LiveSession session, ChannelsTransport transport, RoomId room) {
        try {
            joinRoom.join(session.userId(), room);
        } catch (ChatException e) {
            refused(transport, session.refuse(e, null), e.code());
            return;
        } catch (RuntimeException e) {
            log.error("Letting {} into room {} failed", session.id(), room, e);
            transport.close(CloseReason.SERVER_ERROR);
            return;
        }
        Outcome joined = session.handle(new ClientFrame.JoinRoom(room, Optional.empty(), null));
        if (joined.reply() instanceof ServerFrame.Error error) {
            refused(transport, error, error.code());
        }
    }

    /** The room refused the connection: it hears why, then closes with the room's close code. */
    private static void refused(ChannelsTransport transport, ServerFrame error, ErrorCode code) {
        transport.send(error);
        RoomClose close = RoomClose.of(code);
        if (close != null) {
            transport.close(close);
        } else {
            transport.close(code == ErrorCode.USER_SUSPENDED ? CloseReason.SUSPENDED : CloseReason.SERVER_ERROR);
        }
    }

    private static Optional<RoomId> roomId(String raw) {
        try {
            return Optional.of(RoomId.parse(raw));
        } catch (ChatException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession webSocket, TextMessage message) {
        connection(webSocket).filter(connection -> connection.room() != null)
                .ifPresent(connection -> withinLimit(connection, message).ifPresent(text -> {
                    LiveSession session = connection.session();
                    Outcome outcome = switch (codec.read(text)) {
                        case ChannelsCodec.Frame frame -> session.handle(new ClientFrame.SendMessage(connection.room(),
                                null, frame.frame().message(), null, Optional.empty(), null));
                        case ChannelsCodec.Refused refused ->
                                new Outcome(session.refuse(refused.reason(), null), Optional.empty());
                    };
                    connection.transport().send(outcome.reply());
                    outcome.thenClose().ifPresent(connection.transport()::close);
                }));
    }
}
