package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.application.port.in.KeepPresenceAliveUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Configurable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket adapter: {@code /chat}, its handshake authentication, and the timers of the protocol
 * (authentication timeout, token re-validation, the idle timer of live rooms). Bootstrap imports it and
 * supplies the use cases and the {@link WsSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class WsAdapterConfiguration implements WebSocketConfigurer, SmartLifecycle, DisposableBean {

    /**
     * Stops after the web server (Spring Boot stops it at {@code DEFAULT_PHASE - 2048}), which closes every
     * connection, and before the stores' clients (Spring Data Redis stops at phase 0): the disconnections
     * the closing starts still reach the stores.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Duration DISCONNECT_GRACE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(WsAdapterConfiguration.class);

    private final ChatSocketHandler handler;
    private final HandshakeAuthenticator handshake;
    private final WsSettings settings;
    private volatile boolean running;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ws-timers").daemon().factory());

    public WsAdapterConfiguration(WsUseCases useCases, AuthenticateUseCase authenticate,
                                  ExpireIdleLiveRoomsUseCase expireIdleRooms, KeepPresenceAliveUseCase presence,
                                  JsonMapper json, WsSettings settings,
                                  Clock clock, @org.springframework.beans.factory.annotation.Value(
                                          "${chat.auth.cookie-name:jwt_token}") String cookieName) {
        this.settings = settings;
        this.handler = new ChatSocketHandler(useCases, json, settings, clock, timers);
        this.handshake = new HandshakeAuthenticator(authenticate, cookieName);
        long revalidate = settings.revalidateEvery().toMillis();
        timers.scheduleWithFixedDelay(() -> guard("re-validation", handler::revalidate), revalidate, revalidate,
                TimeUnit.MILLISECONDS);
        long heartbeat = settings.heartbeatEvery().toMillis();
        timers.scheduleWithFixedDelay(() -> guard("presence heartbeat", presence::keepPresenceAlive), heartbeat, heartbeat,
                TimeUnit.MILLISECONDS);
        long sweep = settings.idleSweepEvery().toMillis();
        timers.scheduleWithFixedDelay(() -> guard("idle sweep", expireIdleRooms::expireIdleRooms), sweep, sweep,
                TimeUnit.MILLISECONDS);
    }

    private static void guard(String task, Runnable runnable) {
        try {
            runnable.run();
        } catch (RuntimeException e) {
            log.error("WebSocket {} failed", task, e);
        }
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        JettyRequestUpgradeStrategy jetty = new JettyRequestUpgradeStrategy();
        jetty.addWebSocketConfigurer(this::configure);
        registry.addHandler(handler, "/chat").addInterceptors(handshake)
                .setHandshakeHandler(new DefaultHandshakeHandler(jetty))
                .setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
    }

    /**
     * Jetty's limits for every connection. It accepts text frames up to four times the protocol limit, so
     * an oversize frame can be answered with an {@code error} instead of killing the connection; beyond
     * that it closes (1009). A frame is buffered only while it is being received, so an idle connection
     * holds no message buffer. The protocol has no binary frames. Connections never time out for being
     * quiet: clients may sit in a room for hours.
     */
    private void configure(Configurable container) {
        // Jetty sizes each inbound message's builder to the input buffer: 1 KiB suits the protocol's small
        // client frames (larger ones grow it) instead of discarding 4 KiB per frame.
        container.setInputBufferSize(1024);
        container.setMaxTextMessageSize(settings.maxFrameBytes() * 4L);
        container.setMaxBinaryMessageSize(1024);
        container.setIdleTimeout(Duration.ZERO);
    }

    /** Open connections on this node (metrics). */
    public int openConnections() {
        return handler.openConnections();
    }

    /** Checks every connection's token now (tests; the timer does it every {@code revalidateEvery}). */
    public void revalidateNow() {
        handler.revalidate();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Lets the disconnections of the connections the web server closed finish (at most {@link #DISCONNECT_GRACE}). */
    @Override
    public void stop() {
        running = false;
        try {
            if (!handler.finishDisconnects(DISCONNECT_GRACE)) {
                log.warn("Some disconnections did not finish within {}; presence lapses by itself", DISCONNECT_GRACE);
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
    }
}
