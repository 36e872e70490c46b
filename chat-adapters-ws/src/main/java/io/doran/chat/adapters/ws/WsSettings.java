package io.doran.chat.adapters.ws;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The live endpoints' settings, {@code chat.ws.*} (SPEC §2, §5, §8), with their defaults.
 *
 * @param maxFrameSize          frames larger than this get {@code FRAME_TOO_LARGE}
 * @param oversizeStrikes       oversize frames a connection may send before it is closed (1009)
 * @param authTimeout           time a connection without a token has to send {@code authenticate}
 * @param revalidateEvery       how often open connections' tokens are checked again
 * @param outboundQueue         frames queued per connection before a client that does not read is disconnected (4008)
 * @param maxConnectionsPerUser open connections per user on one node, over every transport (4029 beyond)
 * @param maxConnectionsPerIp   open connections per client address on one node (4029 beyond)
 * @param pingEvery             a connection quiet for this long is pinged
 * @param pingTimeout           a pinged connection that answers nothing for this long after its ping was written is
 *                              closed (4000)
 * @param idleSweepEvery        how often idle live rooms are checked against {@code chat.rooms.idle-timeout}
 * @param heartbeatEvery        how often this node's connections are marked alive in presence (within the presence TTL)
 * @param allowedOrigins        browser origins, besides the server's own, allowed to open a connection; {@code *} only
 *                              for connections that present their token themselves, never for the cookie
 * @param coalesceWindow        how long a broadcast's frame may wait for more frames to the same connection so that
 *                              they leave in one write ({@code 0}: every frame is written at once)
 * @param compression           whether {@code /chat} and seed 001's WebSocket accept {@code permessage-deflate} when a
 *                              client offers it (about 90 KB of native memory per compressed connection, idle or not)
 */
@ConfigurationProperties("chat.ws")
public record WsSettings(@DefaultValue("64KB") DataSize maxFrameSize, @DefaultValue("3") int oversizeStrikes,
                         @DefaultValue("10s") Duration authTimeout, @DefaultValue("60s") Duration revalidateEvery,
                         @DefaultValue("256") int outboundQueue, @DefaultValue("10") int maxConnectionsPerUser,
                         @DefaultValue("200") int maxConnectionsPerIp, @DefaultValue("25s") Duration pingEvery,
                         @DefaultValue("20s") Duration pingTimeout, @DefaultValue("30s") Duration idleSweepEvery,
                         @DefaultValue("20s") Duration heartbeatEvery, @DefaultValue List<String> allowedOrigins,
                         @DefaultValue("2ms") Duration coalesceWindow, @DefaultValue("false") boolean compression) {

    public WsSettings {
        if (maxFrameSize.toBytes() < 1024 || maxFrameSize.toBytes() > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("chat.ws.max-frame-size must be between 1KB and 16MB");
        }
        if (oversizeStrikes < 1 || outboundQueue < 1 || maxConnectionsPerUser < 1 || maxConnectionsPerIp < 1) {
            throw new IllegalArgumentException("chat.ws limits must be positive");
        }
        for (Duration duration : List.of(authTimeout, revalidateEvery, pingEvery, pingTimeout, idleSweepEvery,
                heartbeatEvery)) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("chat.ws durations must be positive");
            }
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (coalesceWindow == null) {
            coalesceWindow = Duration.ofMillis(2);
        }
        if (coalesceWindow.isNegative() || coalesceWindow.compareTo(MAX_COALESCE_WINDOW) > 0) {
            throw new IllegalArgumentException("chat.ws.coalesce-window must be between 0 and " + MAX_COALESCE_WINDOW.toMillis() + "ms");
        }
    }

    /** The longest a frame may be held back for coalescing: beyond this it would be felt as latency. */
    public static final Duration MAX_COALESCE_WINDOW = Duration.ofMillis(50);

    /** {@link #maxFrameSize} in bytes. */
    public int maxFrameBytes() {
        return (int) maxFrameSize.toBytes();
    }

    public static WsSettings defaults() {
        return new WsSettings(DataSize.ofKilobytes(64), 3, Duration.ofSeconds(10), Duration.ofSeconds(60), 256, 10, 200,
                Duration.ofSeconds(25), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(20), List.of(),
                Duration.ofMillis(2), false);
    }
}
