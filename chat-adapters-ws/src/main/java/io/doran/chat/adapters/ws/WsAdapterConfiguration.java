package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.application.port.in.KeepPresenceAliveUseCase;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket adapter: {@code /chat}, its handshake authentication, and the timers of the protocol
 * (authentication timeout, token re-validation, the idle timer of live rooms). Bootstrap imports it and
 * supplies the use cases and the {@link WsSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class WsAdapterConfiguration implements WebSocketConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WsAdapterConfiguration.class);

    private final ChatSocketHandler handler;
    private final HandshakeAuthenticator handshake;
    private final WsSettings settings;
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
        registry.addHandler(handler, "/chat").addInterceptors(handshake)
                .setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
    }

    /**
     * The container accepts frames up to four times the protocol limit, so an oversize frame can be
     * answered with an {@code error} instead of killing the connection; beyond that it closes (1009).
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(settings.maxFrameBytes() * 4);
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
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
    public void destroy() {
        timers.shutdownNow();
    }
}
