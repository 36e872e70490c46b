package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection's live session, the same for every transport (SPEC §2, §5): its authentication state
 * (signed in by the handshake's token or an {@code authenticate} frame; until then only {@code authenticate} and
 * {@code ping} are answered, anything else gets {@code auth-error}), the dispatch of each client frame to its use
 * case, and the one reply to it. A transport reads and writes the frames; the session decides what they mean.
 */
public final class LiveSession implements LiveConnection {

    private static final Logger log = LoggerFactory.getLogger(LiveSession.class);

    private final ConnectionId id;
    private final Transport transport;
    private final Locale locale;
    private final String address;
    private final Sessions sessions;
    private volatile Caller caller;
    private volatile String token;

    LiveSession(ConnectionId id, Transport transport, Locale locale, String address, Sessions sessions) {
        this.id = id;
        this.transport = transport;
        this.locale = locale;
        this.address = address;
        this.sessions = sessions;
    }

    /** Answers one client frame: its reply, and whether the connection then closes. Never throws. */
    public Outcome handle(ClientFrame frame) {
        Ref ref = frame.ref();
        Caller current = caller;
        LogContext.of(current == null ? null : current.userId(), frame);
        try {
            return switch (frame) {
                case ClientFrame.Authenticate authenticate -> authenticate(authenticate.token(), ref);
                case ClientFrame.Ping ping -> Outcome.reply(new ServerFrame.Pong(ref));
                default -> caller == null
                        ? Outcome.reply(authError(new ChatException(ErrorCode.UNAUTHORIZED), ref))
                        : Outcome.reply(sessions.dispatcher().dispatch(this, frame));
            };
        } catch (ChatException e) {
            return Outcome.reply(ServerFrame.Error.of(e, locale, ref));
        } catch (RuntimeException e) {
            log.error("Handling a {} frame failed on {}", frame.getClass().getSimpleName(), id, e);
            return Outcome.reply(ServerFrame.Error.of(new ChatException(ErrorCode.INTERNAL_ERROR), locale, ref));
        } finally {
            LogContext.clear();
        }
    }

    /** The reply to a frame the transport could not read (not JSON, a wrong field type, an unknown type). */
    public ServerFrame refuse(ChatException e, Ref ref) {
        return ServerFrame.Error.of(e, locale, ref);
    }

    /** The reply to a frame the transport could not read, for a code and its arguments. */
    public ServerFrame refuse(ErrorCode code, List<Object> args, Ref ref) {
        return refuse(new ChatException(code, args.toArray()), ref);
    }

    /**
     * The first authentication signs the session in; later ones refresh its token (SPEC §2, 004), but may not
     * change its user. A refused first authentication closes the connection.
     */
    private Outcome authenticate(String rawToken, Ref ref) {
        Caller authenticated;
        try {
            authenticated = sessions.useCases().authenticate().authenticate(rawToken);
        } catch (ChatException e) {
            log.warn("Refused the authentication of connection {} over {}: {}", id, transport.name(), e.code());
            ServerFrame refusal = authError(e, ref);
            if (caller != null) {
                return Outcome.reply(refusal);
            }
            return Outcome.replyAndClose(refusal, e.code() == ErrorCode.USER_SUSPENDED
                    ? CloseReason.SUSPENDED : CloseReason.AUTHENTICATION_FAILED);
        }
        if (caller != null) {
            if (!authenticated.userId().equals(caller.userId())) {
                return Outcome.reply(new ServerFrame.AuthError(ErrorCode.FORBIDDEN, "a connection cannot change its user", ref));
            }
            signedIn(authenticated, rawToken);
            return Outcome.reply(new ServerFrame.AuthSuccess(authenticated.userId().value(), ref));
        }
        return signIn(authenticated, rawToken, ref);
    }

    /** Signs in (the per-user connection cap, then the connect use case); answers success or why not. */
    Outcome signIn(Caller authenticated, String rawToken, Ref ref) {
        LogContext.user(authenticated.userId());
        try {
            return admitted(authenticated, rawToken, ref);
        } finally {
            LogContext.clear();
        }
    }

    private Outcome admitted(Caller authenticated, String rawToken, Ref ref) {
        if (!sessions.admit(this, authenticated.userId())) {
            log.warn("Refused connection {} over {}: the user holds as many connections as allowed", id, transport.name());
            return Outcome.replyAndClose(refuse(ErrorCode.TOO_MANY_CONNECTIONS, List.of(), ref),
                    CloseReason.TOO_MANY_CONNECTIONS);
        }
        signedIn(authenticated, rawToken);
        try {
            sessions.useCases().connect().connect(this);
        } catch (ChatException e) {
            log.warn("Refused connection {} over {}: {}", id, transport.name(), e.code());
            caller = null;
            sessions.release(authenticated.userId());
            return Outcome.replyAndClose(authError(e, ref), e.code() == ErrorCode.USER_SUSPENDED
                    ? CloseReason.SUSPENDED : CloseReason.AUTHENTICATION_FAILED);
        }
        log.info("Connection {} opened over {}", id, transport.name());
        return Outcome.reply(new ServerFrame.AuthSuccess(authenticated.userId().value(), ref));
    }

    private void signedIn(Caller authenticated, String rawToken) {
        this.caller = authenticated;
        this.token = rawToken;
    }

    private ServerFrame.AuthError authError(ChatException e, Ref ref) {
        return new ServerFrame.AuthError(e.code(), ErrorMessages.describe(e, locale), ref);
    }

    /**
     * Checks the session's token again (SPEC §2, 000): an expired or revoked one, or a suspended user, ends the
     * session with {@code session-expired} and close code 4001.
     */
    void revalidate() {
        String current = token;
        if (caller == null || current == null) {
            return;
        }
        try {
            caller = sessions.useCases().authenticate().authenticate(current);
        } catch (ChatException e) {
            LogContext.asUser(caller.userId(),
                    () -> log.info("Connection {} ends: its credential is no longer valid ({})", id, e.code()));
            transport.send(new ServerFrame.SessionExpired(e.code(), ErrorMessages.describe(e, locale)));
            transport.close(CloseReason.SESSION_EXPIRED);
        }
    }

    /** The session did not authenticate in time: {@code auth-error} and close code 4001. */
    void authenticationTimedOut() {
        if (caller == null) {
            log.warn("Closing connection {} over {}: it did not authenticate in time", id, transport.name());
            transport.send(authError(new ChatException(ErrorCode.UNAUTHORIZED), null));
            transport.close(CloseReason.SESSION_EXPIRED);
        }
    }

    // --- LiveConnection ----------------------------------------------------------------------------

    @Override
    public ConnectionId id() {
        return id;
    }

    @Override
    public UserId userId() {
        Caller current = caller;
        if (current == null) {
            throw new IllegalStateException("connection " + id + " is not authenticated");
        }
        return current.userId();
    }

    @Override
    public void deliver(Delivery delivery) {
        transport.deliver(delivery);
    }

    @Override
    public void close(ErrorCode reason) {
        transport.close(reason == ErrorCode.USER_SUSPENDED ? CloseReason.SUSPENDED : CloseReason.SESSION_EXPIRED);
    }

    public boolean isAuthenticated() {
        return caller != null;
    }

    public Locale locale() {
        return locale;
    }

    Transport transport() {
        return transport;
    }

    /** The client's address, as the per-address connection cap counts it. */
    String address() {
        return address;
    }
}
