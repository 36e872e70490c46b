package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions of this node, whatever their transport (SPEC §2, §8): it opens them (signed in by the
 * handshake's credential, or given {@code chat.ws.auth-timeout} to authenticate), caps the connections of one
 * user, re-validates every session's token, and disconnects closed ones from the use cases.
 */
public final class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    /** A credential the transport verified during its handshake. */
    public record Handshake(Caller caller, String token) {
    }

    private final WsUseCases useCases;
    private final FrameDispatcher dispatcher;
    private final int maxConnectionsPerUser;
    private final int maxConnectionsPerAddress;
    private final Duration authTimeout;
    private final ScheduledExecutorService timers;
    private final SessionMetrics metrics;
    private final Map<ConnectionId, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Map<UserId, Integer> perUser = new ConcurrentHashMap<>();
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();
    private volatile ExecutorService disconnects = newDisconnects();

    public Sessions(WsUseCases useCases, int maxConnectionsPerUser, int maxConnectionsPerAddress, Duration authTimeout,
                    ScheduledExecutorService timers, SessionMetrics metrics) {
        this.useCases = useCases;
        this.dispatcher = new FrameDispatcher(useCases, metrics);
        this.metrics = metrics;
        this.maxConnectionsPerUser = maxConnectionsPerUser;
        this.maxConnectionsPerAddress = maxConnectionsPerAddress;
        this.authTimeout = authTimeout;
        this.timers = timers;
    }

    /**
     * Opens the session of a new connection from {@code address}; the transport registers it, then
     * {@link #greet greets} it. Empty when the address already holds as many connections as allowed (SPEC §8):
     * the client is then told {@code TOO_MANY_CONNECTIONS} and the connection closes (4029).
     */
    public Optional<LiveSession> open(ConnectionId id, Transport transport, Locale locale, String address) {
        LiveSession session = new LiveSession(id, transport, locale, address, this);
        if (!count(perAddress, address, maxConnectionsPerAddress)) {
            log.warn("Refusing a connection from {}: it holds {} already", address, maxConnectionsPerAddress);
            transport.send(session.refuse(ErrorCode.TOO_MANY_CONNECTIONS, List.of(), null));
            transport.close(CloseReason.TOO_MANY_CONNECTIONS);
            return Optional.empty();
        }
        sessions.put(id, session);
        return Optional.of(session);
    }

    /**
     * With a handshake credential the session is signed in at once (the client hears {@code auth-success}, or
     * why not before the connection closes); without, it must authenticate within the timeout.
     */
    public void greet(LiveSession session, Optional<Handshake> handshake) {
        Transport transport = session.transport();
        if (handshake.isPresent()) {
            Outcome greeting = session.signIn(handshake.get().caller(), handshake.get().token(), null);
            transport.send(greeting.reply());
            greeting.thenClose().ifPresent(transport::close);
        } else {
            timers.schedule(session::authenticationTimedOut, authTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The connection is gone. Its disconnection (leaving rooms, going offline, telling others) runs on a thread of
     * its own: transports may report a closed connection on whichever thread was writing to it, such as a
     * delivery fanning out under a room's lock, and application work must never run inside a writer's locks.
     */
    public void closed(LiveSession session) {
        if (!sessions.remove(session.id(), session)) {
            return;
        }
        uncount(perAddress, session.address());
        if (!session.isAuthenticated()) {
            return;
        }
        release(session.userId());
        LogContext.asUser(session.userId(),
                () -> log.info("Connection {} over {} closed", session.id(), session.transport().name()));
        try {
            disconnects.execute(() -> {
                try {
                    useCases.disconnect().disconnect(session.id());
                } catch (RuntimeException e) {
                    log.error("Disconnecting {} failed", session.id(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Not disconnecting {}: the server has stopped", session.id());
        }
    }

    /** Checks every signed-in session's token again (every {@code chat.ws.revalidate-every}). */
    public void revalidate() {
        sessions.values().forEach(LiveSession::revalidate);
    }

    /** Open sessions by transport name (metrics). */
    public Map<String, Integer> openByTransport() {
        Map<String, Integer> counts = new TreeMap<>();
        for (LiveSession session : sessions.values()) {
            counts.merge(session.transport().name(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Stops taking disconnections and waits up to {@code timeout} for those under way, so that they reach the
     * stores before the stores close; answers whether they all finished.
     */
    public boolean finishDisconnects(Duration timeout) throws InterruptedException {
        ExecutorService finishing = disconnects;
        finishing.shutdown();
        return finishing.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes disconnections again after {@link #finishDisconnects}: the context was stopped and is started again (a
     * paused test context that is reused, say), and the connections opened from now on must still leave when they go.
     */
    public void resume() {
        if (disconnects.isShutdown()) {
            disconnects = newDisconnects();
        }
    }

    private static ExecutorService newDisconnects() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ws-disconnect-", 0).factory());
    }

    /** Counts a new connection of {@code user}; false when they already have as many as allowed (SPEC §8). */
    boolean admit(LiveSession session, UserId user) {
        return count(perUser, user, maxConnectionsPerUser);
    }

    void release(UserId user) {
        uncount(perUser, user);
    }

    /** Counts one more connection of {@code key}; false, counting nothing, when it holds {@code max} already. */
    private static <K> boolean count(Map<K, Integer> counts, K key, int max) {
        boolean[] counted = {false};
        counts.compute(key, (k, count) -> {
            int current = count == null ? 0 : count;
            if (current >= max) {
                return count;
            }
            counted[0] = true;
            return current + 1;
        });
        return counted[0];
    }

    private static <K> void uncount(Map<K, Integer> counts, K key) {
        counts.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }

    /** The meters the transports count on (slow consumers). */
    public SessionMetrics metrics() {
        return metrics;
    }

    WsUseCases useCases() {
        return useCases;
    }

    FrameDispatcher dispatcher() {
        return dispatcher;
    }
}
