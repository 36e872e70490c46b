package io.doran.chat.adapters.ws.socketio.live;

import io.doran.chat.adapters.ws.session.LiveSession;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Outcome;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.adapters.ws.socketio.engine.HandshakeRequest;
import io.doran.chat.adapters.ws.socketio.protocol.Ack;
import io.doran.chat.adapters.ws.socketio.protocol.ConnectResult;
import io.doran.chat.adapters.ws.socketio.protocol.DisconnectReason;
import io.doran.chat.adapters.ws.socketio.protocol.EncodedPacket;
import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import io.doran.chat.adapters.ws.socketio.protocol.PacketEncoder;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoSocket;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.PresentedCredentials;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.live.ConnectionId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Socket.IO namespace ({@code /}, and {@code /socket} where seed 002's clients connect) served by the live
 * session (SPEC §10): the same use cases, limits and replies as {@code /chat}, in seed 002's and seed 004's events.
 *
 * <p>Authentication: the CONNECT packet's {@code auth.token}, {@code Authorization: Bearer}, {@code ?token=} and the
 * {@code jwt_token} cookie, read in the one order every surface shares (tokens of two users are refused; the cookie
 * alone only from a page of an allowed origin). A CONNECT whose
 * auth payload has no usable token (seed 002's {@code auth: {token}} without one) or whose token is refused gets a
 * CONNECT_ERROR in the client's language ({@code Accept-Language}, else {@code chat.locale.default}), with the stable
 * code in {@code data.code}. A CONNECT with no auth payload and no token elsewhere is accepted unauthenticated, as
 * seed 004 expects: it must send {@code authenticate} in time.
 */
final class LiveNamespace implements NamespaceHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveNamespace.class);

    private final String name;
    private final Sessions sessions;
    private final AuthenticateUseCase authenticate;
    private final OriginPolicy origins;
    private final String cookieName;
    private final Locale defaultLocale;
    private final SocketIoCodec codec;
    private final PacketEncoder encoder;
    private final Map<Dialect, Delivery.Encoding<Optional<EncodedPacket>>> encodings = new EnumMap<>(Dialect.class);
    private final Map<String, Connected> connected = new ConcurrentHashMap<>();

    private record Connected(LiveSession session, SocketIoTransport transport) {
    }

    LiveNamespace(String name, Sessions sessions, AuthenticateUseCase authenticate, OriginPolicy origins,
                  String cookieName, Locale defaultLocale, SocketIoCodec codec, PacketEncoder encoder) {
        this.name = name;
        this.sessions = sessions;
        this.authenticate = authenticate;
        this.origins = origins;
        this.cookieName = cookieName;
        this.defaultLocale = defaultLocale;
        this.codec = codec;
        this.encoder = encoder;
        for (Dialect dialect : Dialect.values()) {
            encodings.put(dialect, update -> codec.update(update, dialect)
                    .map(event -> encoder.event(name, event.name(), event.payload())));
        }
    }

    SocketIoCodec codec() {
        return codec;
    }

    /** How this namespace writes broadcasts in {@code dialect}: one encoding per delivery, shared by its sockets. */
    Delivery.Encoding<Optional<EncodedPacket>> encoding(Dialect dialect) {
        return encodings.get(dialect);
    }

    @Override
    public ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth) {
        HandshakeRequest handshake = socket.handshake();
        Locale locale = handshake.locales().stream().findFirst().orElse(defaultLocale);
        Optional<Sessions.Handshake> credential;
        try {
            credential = credential(handshake, auth);
        } catch (ChatException e) {
            return refuse(e, locale);
        }
        SocketIoTransport transport = new SocketIoTransport(socket, this);
        Optional<LiveSession> opened = sessions.open(new ConnectionId(name + "#" + socket.id()), transport, locale,
                handshake.remoteAddress());
        if (opened.isEmpty()) {
            return refuse(new ChatException(ErrorCode.TOO_MANY_CONNECTIONS), locale);
        }
        LiveSession session = opened.get();
        connected.put(socket.id(), new Connected(session, transport));
        sessions.greet(session, credential);
        Optional<ServerFrame> refusal = transport.connected();
        if (transport.refused()) {
            connected.remove(socket.id());
            sessions.closed(session);
            return refusal.map(frame -> switch (frame) {
                case ServerFrame.Error error -> ConnectResult.refuse(error.message(), SocketIoCodec.data(error.code()));
                case ServerFrame.AuthError error -> ConnectResult.refuse(error.message(), SocketIoCodec.data(error.code()));
                default -> refuse(new ChatException(ErrorCode.UNAUTHORIZED), locale);
            }).orElseGet(() -> refuse(new ChatException(ErrorCode.UNAUTHORIZED), locale));
        }
        return ConnectResult.accept();
    }

    /**
     * The handshake's credential, read as every surface reads one ({@link PresentedCredentials}): the auth payload's
     * token, {@code Authorization}, {@code ?token=}, the cookie; none when the client presents no token at all;
     * refused when the auth payload has no usable token, when only the cookie speaks for a page the origin policy
     * does not allow, when a token is invalid, expired or revoked, or when the tokens name different users.
     */
    private Optional<Sessions.Handshake> credential(HandshakeRequest handshake, Optional<ObjectNode> auth) {
        Optional<String> explicit = Optional.empty();
        if (auth.isPresent()) {
            JsonNode value = auth.get().get("token");
            if (value == null || !value.isString() || value.asString().isBlank()) {
                throw ChatException.because(ErrorCode.UNAUTHORIZED, ErrorReason.TOKEN_REQUIRED);
            }
            explicit = Optional.of(value.asString());
        }
        PresentedCredentials credentials = new PresentedCredentials(
                handshake.headers().getOrDefault("authorization", List.of()),
                handshake.cookie(cookieName).map(List::of).orElse(List.of()),
                handshake.query().getOrDefault("token", List.of()), explicit);
        if (!origins.allows(handshake.header("origin").orElse(null), handshake.uri(), credentials.cookieOnly())) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        return authenticate.authenticate(credentials).map(in -> new Sessions.Handshake(in.caller(), in.token()));
    }

    private static ConnectResult refuse(ChatException e, Locale locale) {
        log.warn("Refused a Socket.IO connection: {}", e.code());
        return ConnectResult.refuse(ErrorMessages.describe(e, locale), SocketIoCodec.data(e.code()));
    }

    @Override
    public void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack) {
        Connected socketSession = connected.get(socket.id());
        if (socketSession == null) {
            return;
        }
        LiveSession session = socketSession.session();
        SocketIoTransport transport = socketSession.transport();
        ServerFrame reply;
        Dialect dialect;
        Optional<io.doran.chat.adapters.ws.session.CloseReason> thenClose = Optional.empty();
        switch (codec.read(event, args)) {
            case SocketIoCodec.Frame frame -> {
                Outcome outcome = session.handle(frame.frame());
                reply = outcome.reply();
                dialect = frame.dialect();
                thenClose = outcome.thenClose();
                switch (reply) {
                    case ServerFrame.RoomJoined joined -> transport.joined(joined.roomId(), dialect);
                    case ServerFrame.RoomLeft left -> transport.joined(left.roomId(), null);
                    default -> {
                    }
                }
            }
            case SocketIoCodec.Refused refused -> {
                reply = session.refuse(refused.reason(), null);
                dialect = refused.dialect();
            }
        }
        if (ack.isPresent()) {
            ack.get().send(codec.ackPayload(reply));
        }
        boolean refusal = reply instanceof ServerFrame.Error || reply instanceof ServerFrame.AuthError;
        if (ack.isEmpty() || !refusal) {
            codec.reply(reply, dialect).ifPresent(e -> socket.emit(e.name(), codec.tree(e.payload())));
        }
        thenClose.ifPresent(reason -> socket.disconnect());
    }

    @Override
    public void onDisconnect(SocketIoSocket socket, DisconnectReason reason) {
        Connected socketSession = connected.remove(socket.id());
        if (reason == DisconnectReason.SLOW_CONSUMER) {
            sessions.metrics().slowConsumerDropped("socket.io");
        }
        if (socketSession != null) {
            sessions.closed(socketSession.session());
        }
    }
}
