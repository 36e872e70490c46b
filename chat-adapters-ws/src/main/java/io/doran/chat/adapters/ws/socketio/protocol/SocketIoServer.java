package io.doran.chat.adapters.ws.socketio.protocol;

import io.doran.chat.adapters.ws.socketio.engine.EngineApplication;
import io.doran.chat.adapters.ws.socketio.engine.EngineListener;
import io.doran.chat.adapters.ws.socketio.engine.EngineSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Socket.IO v5 protocol over an Engine.IO server: each connection's namespaces, their handlers, the
 * connect timeout. A CONNECT to a namespace it does not know is answered with CONNECT_ERROR
 * {@code {"message": "Invalid namespace"}}.
 */
public final class SocketIoServer implements EngineApplication {

    private static final Logger log = LoggerFactory.getLogger(SocketIoServer.class);

    private final Map<String, NamespaceHandler> namespaces;
    private final JsonMapper json;
    private final PacketEncoder encoder;
    private final Duration connectTimeout;
    private final ScheduledExecutorService timers;
    private final Executor disconnects;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param namespaces     the handler of each namespace, by name ({@code /}, {@code /socket})
     * @param connectTimeout how long a connection may stay without joining a namespace
     * @param timers         runs the connect timeouts (only closes connections)
     * @param disconnects    runs the handlers' {@code onDisconnect}, away from the threads that discover a
     *                       closed connection (a virtual thread per task suits it)
     */
    public SocketIoServer(Map<String, NamespaceHandler> namespaces, JsonMapper json, Duration connectTimeout,
                          ScheduledExecutorService timers, Executor disconnects) {
        namespaces.keySet().forEach(name -> {
            if (!name.startsWith("/")) {
                throw new IllegalArgumentException("a namespace starts with /: " + name);
            }
        });
        this.namespaces = Map.copyOf(namespaces);
        this.json = json;
        this.encoder = new PacketEncoder(json);
        this.connectTimeout = connectTimeout;
        this.timers = timers;
        this.disconnects = disconnects;
    }

    /** The encoder of this server's packets (encode a broadcast once, send it to many sockets). */
    public PacketEncoder encoder() {
        return encoder;
    }

    @Override
    public EngineListener open(EngineSession session) {
        return new ClientConnection(this, session);
    }

    NamespaceHandler handler(String namespace) {
        return namespaces.get(namespace);
    }

    JsonMapper json() {
        return json;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    String newSocketId() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void reportDisconnect(Runnable onDisconnect) {
        try {
            disconnects.execute(() -> {
                try {
                    onDisconnect.run();
                } catch (RuntimeException e) {
                    log.error("A Socket.IO disconnect handler failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Not reporting a Socket.IO disconnect: the server has stopped");
        }
    }
}
