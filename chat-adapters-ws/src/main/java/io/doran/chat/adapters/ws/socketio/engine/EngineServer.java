package io.doran.chat.adapters.ws.socketio.engine;

import io.doran.chat.adapters.ws.session.Coalescer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An Engine.IO v4 server: its open sessions, the handshake that opens one, and the settings and timers
 * they share. The sessions live in this node's memory: a long-polling client must reach the same node
 * with every request (load-balancer affinity), a WebSocket client holds one connection and needs nothing.
 */
public final class EngineServer {

    private final EngineSettings settings;
    private final EngineApplication application;
    private final ScheduledExecutorService timers;
    private final Cors cors;
    private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Coalescer coalescer;

    /**
     * @param timers runs the heartbeats and timeouts of every session; its tasks only queue packets and
     *               close sessions, so one thread serves many thousands of sessions
     */
    public EngineServer(EngineSettings settings, EngineApplication application, ScheduledExecutorService timers) {
        this(settings, application, timers, new Coalescer(Duration.ZERO, timers));
    }

    /**
     * @param coalescer lets the packets a WebSocket gets within its window leave in one write ({@code
     *                  chat.ws.coalesce-window})
     */
    public EngineServer(EngineSettings settings, EngineApplication application, ScheduledExecutorService timers,
                        Coalescer coalescer) {
        this.settings = settings;
        this.application = application;
        this.timers = timers;
        this.coalescer = coalescer;
        this.cors = new Cors(settings.allowedOrigins());
    }

    Coalescer coalescer() {
        return coalescer;
    }

    public EngineSettings settings() {
        return settings;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    Cors cors() {
        return cors;
    }

    /**
     * A timer thread for the sessions' heartbeats and timeouts. Every pong cancels a timeout, so cancelled
     * tasks leave the queue at once instead of lingering until their time.
     */
    public static ScheduledExecutorService timers(String name) {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name(name).daemon().factory());
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /** Sessions open on this node. */
    public int openSessions() {
        return sessions.size();
    }

    EngineSession find(String id) {
        return sessions.get(id);
    }

    void remove(EngineSession session) {
        sessions.remove(session.id(), session);
    }

    /** A long-polling handshake: the GET is answered with the open packet. */
    void openPollingSession(HandshakeRequest handshake, Request request, Response response, Callback callback) {
        EngineSession session = new EngineSession(newId(), this, handshake, null);
        session.queueOpen(openPacket(session.id(), List.of("websocket")));
        session.start(application.open(session));
        sessions.put(session.id(), session);
        session.poll(request, response, callback);
    }

    /** A WebSocket-only session: its first frame is the open packet. */
    EngineSession openWebSocketSession(EngineWebSocket socket, HandshakeRequest handshake) {
        EngineSession session = new EngineSession(newId(), this, handshake, socket);
        socket.send(List.of(openPacket(session.id(), List.of())));
        sessions.put(session.id(), session);
        session.start(application.open(session));
        return session;
    }

    private OutboundPacket openPacket(String id, List<String> upgrades) {
        String upgradeList = upgrades.isEmpty() ? "[]" : "[\"" + String.join("\",\"", upgrades) + "\"]";
        return OutboundPacket.open("{\"sid\":\"" + id + "\",\"upgrades\":" + upgradeList
                + ",\"pingInterval\":" + settings.pingInterval().toMillis()
                + ",\"pingTimeout\":" + settings.pingTimeout().toMillis()
                + ",\"maxPayload\":" + settings.maxPayload() + "}");
    }

    /** 20 characters of base64url from 120 random bits: a session id nobody can guess. */
    private String newId() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Closes every session (the server is stopping): WebSockets get 1001, pending polls the close packet. */
    public void closeAll() {
        for (EngineSession session : List.copyOf(sessions.values())) {
            session.close(CloseReason.SERVER_SHUTTING_DOWN, false);
        }
    }
}
