package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.WsSettings;
import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.socketio.engine.EngineIoHandler;
import io.doran.chat.adapters.ws.socketio.engine.EngineServer;
import io.doran.chat.adapters.ws.socketio.engine.EngineSettings;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoServer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Socket.IO endpoint {@code /socket.io/} on the application's own Jetty server and port: Engine.IO in
 * front of Spring's servlet stack (see {@link EngineIoHandler}), Socket.IO on top, the namespaces'
 * handlers from a {@link SocketIoNamespaces} bean. Off with {@code chat.socketio.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocketIoSettings.class)
@ConditionalOnBooleanProperty(name = "chat.socketio.enabled", matchIfMissing = true)
public class SocketIoConfiguration implements SmartLifecycle, DisposableBean {

    /** The path socket.io-client uses by default. */
    public static final String PATH = "/socket.io/";
    /**
     * Stops before the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}), so clients are told
     * the server is going away and reconnect elsewhere, and long before the stores' clients (phase 0), so
     * the disconnections still reach them.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;
    private static final Duration DISCONNECT_GRACE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(SocketIoConfiguration.class);

    private final ScheduledExecutorService timers = EngineServer.timers("socketio-timers");
    /** The ends of coalescing windows, on a thread of their own. */
    private final ScheduledExecutorService flushes = EngineServer.timers("socketio-flush");
    /** Runs disconnections; a stop shuts it down, a start after it (a paused test context resumed) makes a new one. */
    private volatile ExecutorService disconnects = newDisconnects();
    private final SocketIoServer socketIo;
    private final EngineServer engine;
    private volatile boolean running;

    public SocketIoConfiguration(SocketIoSettings settings, WsSettings ws, JsonMapper json,
                                 ObjectProvider<SocketIoNamespaces> namespaces) {
        EngineSettings engineSettings = new EngineSettings(settings.pingInterval(), settings.pingTimeout(),
                settings.maxPayload() == null ? ws.maxFrameBytes() : (int) settings.maxPayload().toBytes(),
                ws.outboundQueue(), settings.allowedOrigins() == null ? ws.allowedOrigins() : settings.allowedOrigins());
        this.socketIo = new SocketIoServer(namespaces.getIfAvailable(SocketIoNamespaces::notAvailable).handlers(), json,
                settings.connectTimeout(), timers, task -> disconnects.execute(task));
        this.engine = new EngineServer(engineSettings, socketIo, timers, new Coalescer(ws.coalesceWindow(), flushes));
    }

    /** The Socket.IO server (its encoder encodes a broadcast once for all its recipients). */
    @Bean
    SocketIoServer socketIoServer() {
        return socketIo;
    }

    /** The Engine.IO server under it (open connections, for metrics). */
    @Bean
    EngineServer socketIoEngine() {
        return engine;
    }

    /** Puts the endpoint in front of the servlet stack of the Jetty server Spring Boot builds. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> socketIoEndpoint() {
        return factory -> factory.addServerCustomizers(server -> EngineIoHandler.install(server, PATH, engine));
    }

    private static ExecutorService newDisconnects() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("socketio-disconnect-", 0).factory());
    }

    @Override
    public void start() {
        if (disconnects.isShutdown()) {
            disconnects = newDisconnects();
        }
        running = true;
    }

    /** Closes every connection (clients reconnect elsewhere) and lets their disconnections finish. */
    @Override
    public void stop() {
        running = false;
        engine.closeAll();
        disconnects.shutdown();
        try {
            if (!disconnects.awaitTermination(DISCONNECT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Some Socket.IO disconnections did not finish within {}", DISCONNECT_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
        flushes.shutdownNow();
        disconnects.shutdownNow();
    }
}
