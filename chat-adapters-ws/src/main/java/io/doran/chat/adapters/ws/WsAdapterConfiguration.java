package io.doran.chat.adapters.ws;

import io.doran.chat.adapters.ws.channels.ChannelsUseCases;
import io.doran.chat.adapters.ws.channels.ChannelsWebSocket;
import io.doran.chat.adapters.ws.chat.ChatWebSocket;
import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.adapters.ws.session.WsUseCases;
import io.doran.chat.adapters.ws.socketio.SocketIoNamespaces;
import io.doran.chat.adapters.ws.socketio.live.LiveSocketIo;
import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.application.port.in.KeepPresenceAliveUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket adapter: the live sessions every transport shares, the {@code /chat} transport, seed 001's
 * Channels-style transport ({@code /ws/chat/{room_id}/chat/}), the timers of the protocol (authentication
 * timeout, keepalive, closing grace) and the periodic jobs that touch the stores (token re-validation, presence
 * heartbeats, the idle timer of live rooms), each on a thread of its own. Bootstrap imports it and
 * supplies the use cases and the {@link CredentialSources}; it reads its own {@link WsSettings} ({@code chat.ws.*}) and
 * {@link LocaleSettings} ({@code chat.locale.*}), and counts on the application's meter registry ({@link SessionMetrics}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties({WsSettings.class, LocaleSettings.class})
public class WsAdapterConfiguration implements WebSocketConfigurer, SmartLifecycle, DisposableBean {

    /**
     * Stops after the web server (Spring Boot stops it at {@code DEFAULT_PHASE - 2048}), which closes every
     * connection, and before the stores' clients (Spring Data Redis stops at phase 0): the disconnections
     * the closing starts still reach the stores.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Duration DISCONNECT_GRACE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(WsAdapterConfiguration.class);

    private final Sessions sessions;
    private final ChatWebSocket chat;
    private final OriginPolicy origins;
    private final ChannelsWebSocket channels;
    private volatile boolean running;
    /** The protocol's timers: quick and free of I/O, so that none waits behind a store. */
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ws-timers").daemon().factory());
    /**
     * The periodic jobs that call the stores for every connection (re-validation, presence heartbeats, the idle
     * sweep): a thread of their own, so that a slow store delays them and not a ping, an authentication timeout or
     * a close.
     */
    private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ws-jobs").daemon().factory());
    /** The ends of coalescing windows: a thread of their own, so that no other timer's work delays a write. */
    private final ScheduledExecutorService flushes = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ws-flush").daemon().factory());

    public WsAdapterConfiguration(WsUseCases useCases, ExpireIdleLiveRoomsUseCase expireIdleRooms,
                                  KeepPresenceAliveUseCase presence, JsonMapper json, WsSettings settings, LocaleSettings locale,
                                  CredentialSources credentials, ChannelsUseCases channelsUseCases,
                                  ObjectProvider<MeterRegistry> meters) {
        this.origins = new OriginPolicy(settings.allowedOrigins());
        this.sessions = new Sessions(useCases, settings.maxConnectionsPerUser(), settings.maxConnectionsPerIp(),
                settings.authTimeout(), timers, new SessionMetrics(meters.getIfAvailable(SimpleMeterRegistry::new)));
        this.chat = new ChatWebSocket(sessions, useCases.authenticate(), json,
                new ChatWebSocket.Limits(settings.maxFrameBytes(), settings.oversizeStrikes(), settings.outboundQueue(),
                        settings.pingEvery(), settings.pingTimeout()),
                credentials.tokenCookie(), locale.defaultLocale(), origins, timers,
                new Coalescer(settings.coalesceWindow(), flushes), settings.compression());
        this.channels = new ChannelsWebSocket(sessions, channelsUseCases, json, new ChannelsWebSocket.Limits(
                settings.maxFrameBytes(), settings.oversizeStrikes(), settings.outboundQueue(), settings.pingEvery(),
                settings.pingTimeout()), credentials, locale.defaultLocale(), origins, timers, settings.compression());
        every(settings.revalidateEvery(), "re-validation", sessions::revalidate);
        every(settings.heartbeatEvery(), "presence heartbeat", presence::keepPresenceAlive);
        every(settings.idleSweepEvery(), "idle sweep", expireIdleRooms::expireIdleRooms);
    }

    private void every(Duration period, String task, Runnable runnable) {
        jobs.scheduleWithFixedDelay(() -> {
            try {
                runnable.run();
            } catch (RuntimeException e) {
                log.error("WebSocket {} failed", task, e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        chat.register(registry);
        channels.register(registry);
    }

    /**
     * The Socket.IO endpoint's namespaces, served by the same live sessions as {@code /chat} (seed 002's and seed
     * 004's events).
     */
    @Bean
    SocketIoNamespaces socketIoNamespaces(WsUseCases useCases, JsonMapper json, LocaleSettings locale,
                                          CredentialSources credentials) {
        return LiveSocketIo.namespaces(sessions, useCases.authenticate(), origins, credentials.tokenCookie(),
                locale.defaultLocale(), json);
    }

    /** Open connections on this node (metrics). */
    public int openConnections() {
        return chat.openConnections() + channels.openConnections();
    }

    /** Live sessions on this node by transport (metrics). */
    public Map<String, Integer> sessionsByTransport() {
        return sessions.openByTransport();
    }

    /** Checks every connection's token now (tests; the timer does it every {@code revalidateEvery}). */
    public void revalidateNow() {
        sessions.revalidate();
    }

    /** Starts, or starts again after {@link #stop} (a paused test context that is reused). */
    @Override
    public void start() {
        sessions.resume();
        running = true;
    }

    /** Lets the disconnections of the connections the web server closed finish (at most {@link #DISCONNECT_GRACE}). */
    @Override
    public void stop() {
        running = false;
        try {
            if (!sessions.finishDisconnects(DISCONNECT_GRACE)) {
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
        jobs.shutdownNow();
        flushes.shutdownNow();
    }
}
