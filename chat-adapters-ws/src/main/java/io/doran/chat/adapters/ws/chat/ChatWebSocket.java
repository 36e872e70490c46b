package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.Coalescer;
import io.doran.chat.adapters.ws.session.JettyUpgrades;
import io.doran.chat.adapters.ws.session.Keepalive;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Configurable;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import tools.jackson.databind.json.JsonMapper;

/** The {@code /chat} transport (SPEC §5): its endpoint, handshake authentication and Jetty limits. */
public final class ChatWebSocket {

    /**
     * The transport's limits: frames over {@code maxFrameBytes} are refused, {@code oversizeStrikes} of them close
     * the connection, {@code outboundQueue} frames may wait per connection.
     */
    public record Limits(int maxFrameBytes, int oversizeStrikes, int outboundQueue, Duration pingEvery,
                         Duration pingTimeout) {
    }

    private final ChatEndpoint endpoint;
    private final HandshakeAuthenticator handshake;
    private final Limits limits;
    private final boolean compression;

    public ChatWebSocket(Sessions sessions, AuthenticateUseCase authenticate, JsonMapper json, Limits limits,
                         String cookieName, Locale defaultLocale, OriginPolicy origins, ScheduledExecutorService timers,
                         Coalescer coalescer, boolean compression) {
        this.endpoint = new ChatEndpoint(sessions, new ChatCodec(json), limits.maxFrameBytes(), limits.oversizeStrikes(),
                limits.outboundQueue(), timers, coalescer);
        this.compression = compression;
        this.handshake = new HandshakeAuthenticator(authenticate, cookieName, origins, defaultLocale);
        this.limits = limits;
        long sweep = Keepalive.sweepEvery(limits.pingEvery(), limits.pingTimeout()).toMillis();
        timers.scheduleWithFixedDelay(() -> endpoint.keepAlive(limits.pingEvery(), limits.pingTimeout()), sweep, sweep,
                TimeUnit.MILLISECONDS);
    }

    public void register(WebSocketHandlerRegistry registry) {
        RequestUpgradeStrategy jetty = JettyUpgrades.strategy(compression, this::configure);
        // Origins are checked by the HandshakeAuthenticator, which knows how the handshake signs in.
        registry.addHandler(endpoint, "/chat").addInterceptors(handshake)
                .setHandshakeHandler(new DefaultHandshakeHandler(jetty))
                .setAllowedOriginPatterns("*");
    }

    /** Connections open and not being closed. */
    public int openConnections() {
        return endpoint.openConnections();
    }

    /**
     * Jetty's limits for every connection. It accepts text frames up to four times the protocol limit, so an
     * oversize frame can be answered with an {@code error} instead of killing the connection; beyond that it
     * closes (1009). A frame is buffered only while it is being received, so an idle connection holds no message
     * buffer. The protocol has no binary frames. Jetty's idle timeout is off: quiet clients may sit in a room for
     * hours, and the keepalive pings tell a quiet client from one that vanished.
     */
    private void configure(Configurable container) {
        // Jetty sizes each inbound message's builder to the input buffer: 1 KiB suits the protocol's small
        // client frames (larger ones grow it) instead of discarding 4 KiB per frame.
        container.setInputBufferSize(1024);
        container.setMaxTextMessageSize(limits.maxFrameBytes() * 4L);
        container.setMaxBinaryMessageSize(1024);
        container.setIdleTimeout(Duration.ZERO);
    }
}
