package io.doran.chat.adapters.ws.socketio.engine;

import java.time.Duration;
import java.util.List;

/**
 * How an Engine.IO server behaves; the handshake tells clients the first three.
 *
 * @param pingInterval   how often the server pings a client
 * @param pingTimeout    how long a client has to answer a ping before its session is closed
 * @param maxPayload     the largest polling payload or WebSocket message a client may send, in bytes
 * @param outboundQueue  packets held for a client (polling: buffered until its next poll; WebSocket:
 *                       frames queued in Jetty's writer) before a client that stopped reading is disconnected
 * @param allowedOrigins browser origins allowed to reach the endpoint besides the server's own ({@code *}:
 *                       any, without credentials; entries may be patterns such as {@code https://*.example.com})
 */
public record EngineSettings(Duration pingInterval, Duration pingTimeout, int maxPayload, int outboundQueue,
                             List<String> allowedOrigins) {

    /** How long a client has to complete an upgrade to WebSocket after opening it (the reference's 10 s). */
    static final Duration UPGRADE_TIMEOUT = Duration.ofSeconds(10);

    public EngineSettings {
        if (pingInterval.isNegative() || pingInterval.isZero() || pingTimeout.isNegative() || pingTimeout.isZero()) {
            throw new IllegalArgumentException("the ping interval and timeout must be positive");
        }
        if (maxPayload < 16 || outboundQueue < 1) {
            throw new IllegalArgumentException("maxPayload and outboundQueue must be positive");
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
