package io.doran.chat.adapters.ws.channels;

import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.adapters.ws.session.JettyUpgrades;
import io.doran.chat.adapters.ws.session.Keepalive;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Sessions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Configurable;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 001's Channels-style WebSocket, {@code /ws/chat/{room_id}/chat/} (with or without the trailing slash): its
 * endpoint, its gateway handshake and Jetty's limits, over the live sessions every transport shares.
 */
public final class ChannelsWebSocket {

    /**
     * The transport's limits, {@code /chat}'s: frames over {@code maxFrameBytes} are refused, {@code oversizeStrikes}
     * of them close the connection, {@code outboundQueue} frames may wait per connection; quiet connections are
     * pinged every {@code pingEvery} and closed after {@code pingTimeout} more without an answer.
     */
    public record Limits(int maxFrameBytes, int oversizeStrikes, int outboundQueue, Duration pingEvery,
                         Duration pingTimeout) {
    }

    private final ChannelsEndpoint endpoint;
    private final GatewayHandshake handshake;
    private final Limits limits;
    private final boolean compression;

    public ChannelsWebSocket(Sessions sessions, ChannelsUseCases useCases, JsonMapper json, Limits limits,
                             CredentialSources credentials, Locale defaultLocale, OriginPolicy origins,
                             ScheduledExecutorService timers, boolean compression) {
        this.compression = compression;
        this.endpoint = new ChannelsEndpoint(sessions, useCases.joinRoom(), new ChannelsCodec(json), limits, timers);
        this.handshake = new GatewayHandshake(useCases.gateway(), credentials, origins, defaultLocale);
        this.limits = limits;
        long sweep = Keepalive.sweepEvery(limits.pingEvery(), limits.pingTimeout()).toMillis();
        timers.scheduleWithFixedDelay(() -> endpoint.keepAlive(limits.pingEvery(), limits.pingTimeout()), sweep, sweep,
                TimeUnit.MILLISECONDS);
    }

    public void register(WebSocketHandlerRegistry registry) {
        RequestUpgradeStrategy jetty = JettyUpgrades.strategy(compression, this::configure);
        // Origins are checked by the GatewayHandshake.
        registry.addHandler(endpoint, "/ws/chat/*/chat/", "/ws/chat/*/chat").addInterceptors(handshake)
                .setHandshakeHandler(new DefaultHandshakeHandler(jetty))
                .setAllowedOriginPatterns("*");
    }

    /** Connections open and not being closed. */
    public int openConnections() {
        return endpoint.openConnections();
    }

    /**
     * Jetty's limits, as {@code /chat}'s: text frames up to four times the protocol limit (so an oversize one is
     * answered with an {@code error}), no binary frames, a message buffered only while it arrives, no idle timeout
     * (the keepalive pings tell a quiet client from a vanished one).
     */
    private void configure(Configurable container) {
        container.setInputBufferSize(1024);
        container.setMaxTextMessageSize(limits.maxFrameBytes() * 4L);
        container.setMaxBinaryMessageSize(1024);
        container.setIdleTimeout(Duration.ZERO);
    }
}
