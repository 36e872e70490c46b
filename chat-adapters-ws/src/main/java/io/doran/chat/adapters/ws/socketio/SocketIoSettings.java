package io.doran.chat.adapters.ws.socketio;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Socket.IO endpoint {@code /socket.io/} ({@code chat.socketio.*}). Unset, {@code max-payload} and
 * {@code allowed-origins} follow the {@code /chat} endpoint's {@code chat.ws.max-frame-size} and
 * {@code chat.ws.allowed-origins}, and a connection's outbound queue is {@code chat.ws.outbound-queue}.
 *
 * @param enabled        whether the jar serves Socket.IO at {@code /socket.io/} on its HTTP port
 * @param pingInterval   how often the server pings a client (told to clients in the handshake)
 * @param pingTimeout    how long a client has to answer a ping before it is disconnected
 * @param connectTimeout how long a connection may stay without joining a namespace before it is closed
 * @param maxPayload     the largest polling payload or WebSocket message a client may send (default: {@code chat.ws.max-frame-size})
 * @param allowedOrigins browser origins allowed to use the endpoint besides the server's own, {@code *} for any page
 *                       (then without cookies) (default: {@code chat.ws.allowed-origins})
 */
@ConfigurationProperties("chat.socketio")
public record SocketIoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("25s") Duration pingInterval,
                               @DefaultValue("20s") Duration pingTimeout, @DefaultValue("45s") Duration connectTimeout,
                               DataSize maxPayload, List<String> allowedOrigins) {

    public SocketIoSettings {
        requirePositive(pingInterval, "chat.socketio.ping-interval");
        requirePositive(pingTimeout, "chat.socketio.ping-timeout");
        requirePositive(connectTimeout, "chat.socketio.connect-timeout");
        if (maxPayload != null && (maxPayload.toBytes() < 1024 || maxPayload.toBytes() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("chat.socketio.max-payload must be between 1KB and 2GB");
        }
        allowedOrigins = allowedOrigins == null ? null : List.copyOf(allowedOrigins);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
