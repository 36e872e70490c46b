package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.ConnectUseCase;
import io.doran.chat.application.port.in.DeleteMessageUseCase;
import io.doran.chat.application.port.in.DisconnectUseCase;
import io.doran.chat.application.port.in.EditMessageUseCase;
import io.doran.chat.application.port.in.JoinLiveRoomUseCase;
import io.doran.chat.application.port.in.LeaveLiveRoomUseCase;
import io.doran.chat.application.port.in.MarkReadUseCase;
import io.doran.chat.application.port.in.ReactToMessageUseCase;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.in.SendTypingUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /chat} endpoint (SPEC §5): reads client frames, calls the use cases, answers with server
 * frames. A bad frame gets an {@code error} frame and the connection stays usable; only authentication
 * failures and abuse close it.
 */
final class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);

    private final WsUseCases useCases;
    private final JsonMapper json;
    private final Frames frames;
    private final WsSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<UserId, AtomicInteger> connectionsPerUser = new ConcurrentHashMap<>();
    private final ExecutorService disconnects = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ws-disconnect-", 0).factory());

    ChatSocketHandler(WsUseCases useCases, JsonMapper json, WsSettings settings, Clock clock,
                      ScheduledExecutorService timers) {
        this.useCases = useCases;
        this.json = json;
        this.frames = new Frames(json);
        this.settings = settings;
        this.clock = clock;
        this.timers = timers;
    }

    // --- lifecycle ---------------------------------------------------------------------------------

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Locale locale = (Locale) session.getAttributes().getOrDefault(HandshakeAuthenticator.LOCALE, Locale.ENGLISH);
        Connection connection = new Connection(session, frames, locale, settings.outboundQueue(), timers, clock.instant());
        connections.put(session.getId(), connection);
        Caller caller = (Caller) session.getAttributes().get(HandshakeAuthenticator.CALLER);
        if (caller != null) {
            signIn(connection, caller, (String) session.getAttributes().get(HandshakeAuthenticator.TOKEN), null);
            return;
        }
        timers.schedule(() -> {
            if (!connection.isAuthenticated() && !connection.isClosed()) {
                connection.send(frames.reply("auth-error", null, "message", "authentication timed out"));
                connection.close(CloseCodes.SESSION_EXPIRED);
            }
        }, settings.authTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Jetty may report a closed connection on whichever thread was writing to it, such as a delivery
     * fanning out under its room's lock; so the user's disconnection (leaving rooms, going offline, telling
     * others) runs on a thread of its own, never inside the writer's locks.
     */
    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connections.remove(session.getId());
        if (connection == null) {
            return;
        }
        connection.stopped();
        if (connection.isAuthenticated()) {
            connectionsPerUser.computeIfPresent(connection.userId(), (u, count) -> count.decrementAndGet() <= 0 ? null : count);
            try {
                disconnects.execute(() -> disconnect(connection));
            } catch (RejectedExecutionException e) {
                log.debug("Not disconnecting {}: the server has stopped", connection.id());
            }
        }
    }

    /**
     * Stops taking disconnections and waits up to {@code timeout} for those under way, so that they reach
     * the stores before the stores close; answers whether they all finished.
     */
    boolean finishDisconnects(Duration timeout) throws InterruptedException {
        disconnects.shutdown();
        return disconnects.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void disconnect(Connection connection) {
        try {
            useCases.disconnect().disconnect(connection.id());
        } catch (RuntimeException e) {
            log.error("Disconnecting {} failed", connection.id(), e);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Transport error on {}", session.getId(), exception);
    }

    // --- frames ------------------------------------------------------------------------------------

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        String text = message.getPayload();
        // A UTF-8 encoding takes at most three bytes per char: only long frames need counting.
        if (text.length() > settings.maxFrameBytes() / 3
                && text.getBytes(StandardCharsets.UTF_8).length > settings.maxFrameBytes()) {
            tooLarge(connection);
            return;
        }
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JacksonException e) {
            connection.send(frames.error(ErrorCode.MALFORMED_FRAME, List.of("not JSON"), connection.locale(), null));
            return;
        }
        String ref = frame != null && frame.isObject() && frame.path("ref").isValueNode() ? frame.path("ref").asString() : null;
        try {
            if (frame == null || !frame.isObject() || !frame.path("type").isString()) {
                throw new ChatException(ErrorCode.MALFORMED_FRAME, "an object with a string type is required");
            }
            if (connection.isAuthenticated()) {
                MDC.put("userId", connection.userId().value());
            }
            handle(connection, frame.path("type").asString(), frame, ref);
        } catch (ChatException e) {
            connection.send(frames.error(e, connection.locale(), ref));
        } catch (RuntimeException e) {
            log.error("Frame handling failed on {}", connection.id(), e);
            connection.send(frames.error(ErrorCode.INTERNAL_ERROR, List.of(), connection.locale(), ref));
        } finally {
            MDC.remove("userId");
        }
    }

    private void handle(Connection connection, String type, JsonNode frame, String ref) {
        if (type.equals("authenticate")) {
            authenticate(connection, text(frame, "token"), ref);
            return;
        }
        if (type.equals("ping")) {
            connection.send(frames.reply("pong", ref));
            return;
        }
        if (!connection.isAuthenticated()) {
            connection.send(frames.reply("auth-error", ref, "message",
                    ErrorMessages.describe(ErrorCode.UNAUTHORIZED, List.of(), connection.locale())));
            return;
        }
        UserId user = connection.userId();
        switch (type) {
            case "join-room" -> {
                var joined = useCases.join().join(connection.id(), roomId(frame), optionalMessageId(frame, "lastMessageId"));
                connection.send(frames.roomJoined(joined.roomId(), joined.memberCount(), joined.missed(), joined.hasMore(), ref));
            }
            case "leave-room" -> {
                RoomId roomId = roomId(frame);
                useCases.leave().leave(connection.id(), roomId);
                connection.send(frames.reply("room-left", ref, "roomId", roomId.toString()));
            }
            case "send-message" -> useCases.send().send(new SendMessageUseCase.Command(user, roomId(frame),
                    optionalText(frame, "messageType").orElse(null), optionalText(frame, "content").orElse(null),
                    optionalText(frame, "imageUrl").orElse(null),
                    optionalText(frame, "clientMessageId").map(ClientMessageId::new)));
            case "edit-message" -> useCases.edit().edit(user, roomId(frame), messageId(frame), text(frame, "content"));
            case "delete-message" -> useCases.delete().delete(user, roomId(frame), messageId(frame));
            case "react" -> useCases.react().react(user, roomId(frame), messageId(frame), text(frame, "kind"),
                    bool(frame, "on"));
            case "read" -> useCases.read().markRead(user, roomId(frame), messageId(frame));
            case "typing" -> useCases.typing().typing(connection.id(), roomId(frame), bool(frame, "isTyping"));
            default -> throw new ChatException(ErrorCode.UNKNOWN_FRAME_TYPE, type);
        }
    }

    /** First authentication signs the connection in; later ones refresh its token (SPEC §2, 004). */
    private void authenticate(Connection connection, String token, String ref) {
        Caller caller;
        try {
            caller = useCases.authenticate().authenticate(token);
        } catch (ChatException e) {
            connection.send(frames.reply("auth-error", ref, "message", ErrorMessages.describe(e, connection.locale()),
                    "code", e.code().name()));
            if (!connection.isAuthenticated()) {
                connection.close(CloseCodes.AUTHENTICATION_FAILED);
            }
            return;
        }
        if (connection.isAuthenticated()) {
            if (!caller.userId().equals(connection.userId())) {
                connection.send(frames.reply("auth-error", ref, "message", "a connection cannot change its user",
                        "code", ErrorCode.FORBIDDEN.name()));
                return;
            }
            connection.authenticated(caller, token);
            connection.send(frames.reply("auth-success", ref, "userId", caller.userId().value()));
            return;
        }
        signIn(connection, caller, token, ref);
    }

    private void signIn(Connection connection, Caller caller, String token, String ref) {
        AtomicInteger count = connectionsPerUser.computeIfAbsent(caller.userId(), u -> new AtomicInteger());
        if (count.incrementAndGet() > settings.maxConnectionsPerUser()) {
            count.decrementAndGet();
            connection.send(frames.error(ErrorCode.TOO_MANY_CONNECTIONS, List.of(), connection.locale(), ref));
            connection.close(CloseCodes.TOO_MANY_CONNECTIONS);
            return;
        }
        connection.authenticated(caller, token);
        try {
            useCases.connect().connect(connection);
        } catch (ChatException e) {
            count.decrementAndGet();
            connection.send(frames.reply("auth-error", ref, "message", ErrorMessages.describe(e, connection.locale()),
                    "code", e.code().name()));
            connection.close(e.code() == ErrorCode.USER_SUSPENDED ? CloseCodes.SUSPENDED : CloseCodes.AUTHENTICATION_FAILED);
            return;
        }
        connection.send(frames.reply("auth-success", ref, "userId", caller.userId().value()));
    }

    private void tooLarge(Connection connection) {
        int strikes = connection.oversizeFrame();
        connection.send(frames.error(ErrorCode.FRAME_TOO_LARGE, List.of(settings.maxFrameBytes()), connection.locale(), null));
        if (strikes >= settings.oversizeStrikes()) {
            log.warn("Closing {} after {} oversize frames", connection.id(), strikes);
            connection.close(CloseCodes.TOO_BIG);
        }
    }

    // --- periodic checks ---------------------------------------------------------------------------

    /**
     * Re-validates every open connection's token (SPEC §2, 000): an expired or revoked token, or a
     * suspended user, gets {@code session-expired} and close code 4001.
     */
    void revalidate() {
        for (Connection connection : connections.values()) {
            if (!connection.isAuthenticated() || connection.isClosed() || connection.rawToken() == null) {
                continue;
            }
            try {
                connection.authenticated(useCases.authenticate().authenticate(connection.rawToken()), connection.rawToken());
            } catch (ChatException e) {
                connection.send(frames.reply("session-expired", null, "code", e.code().name(), "message",
                        ErrorMessages.describe(e, connection.locale())));
                connection.close(CloseCodes.SESSION_EXPIRED);
            }
        }
    }

    /** Connections open and not being closed. */
    int openConnections() {
        return (int) connections.values().stream().filter(connection -> !connection.isClosed()).count();
    }

    // --- field readers -----------------------------------------------------------------------------

    private static String text(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (!value.isString()) {
            throw new ChatException(ErrorCode.MALFORMED_FRAME, field + " must be a string");
        }
        return value.asString();
    }

    private static Optional<String> optionalText(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(text(frame, field));
    }

    private static boolean bool(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (!value.isBoolean()) {
            throw new ChatException(ErrorCode.MALFORMED_FRAME, field + " must be true or false");
        }
        return value.asBoolean();
    }

    private static RoomId roomId(JsonNode frame) {
        return RoomId.parse(text(frame, "roomId"));
    }

    private static MessageId messageId(JsonNode frame) {
        JsonNode value = frame.path("messageId");
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return new MessageId(value.asLong());
        }
        return MessageId.parse(text(frame, "messageId"));
    }

    private static Optional<MessageId> optionalMessageId(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(new MessageId(value.asLong()));
        }
        return Optional.of(MessageId.parse(text(frame, field)));
    }
}
