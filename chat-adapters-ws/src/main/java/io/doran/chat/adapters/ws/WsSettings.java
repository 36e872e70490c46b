package io.doran.chat.adapters.ws;

import java.time.Duration;
import java.util.List;

/**
 * The WebSocket endpoint's limits (SPEC §2, §5, §8).
 *
 * @param maxFrameBytes           frames larger than this get {@code FRAME_TOO_LARGE} (default 64 KiB)
 * @param oversizeStrikes         how many oversize frames a connection may send before it is closed as abusive
 * @param authTimeout             how long a connection without a token has to send {@code authenticate}
 * @param revalidateEvery         how often open connections' tokens are checked again
 * @param outboundQueue           frames queued per connection; a client that lets it fill is disconnected
 * @param maxConnectionsPerUser   open connections per user on this node
 * @param idleSweepEvery          how often idle live rooms are checked against their timeout
 * @param heartbeatEvery          how often this node's connections are marked alive in presence
 * @param allowedOrigins          origins allowed to open the socket from a browser
 */
public record WsSettings(int maxFrameBytes, int oversizeStrikes, Duration authTimeout, Duration revalidateEvery,
                         int outboundQueue, int maxConnectionsPerUser, Duration idleSweepEvery,
                         Duration heartbeatEvery, List<String> allowedOrigins) {

    public WsSettings {
        if (maxFrameBytes < 1024 || oversizeStrikes < 1 || outboundQueue < 1 || maxConnectionsPerUser < 1) {
            throw new IllegalArgumentException("WebSocket limits must be positive");
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public static WsSettings defaults() {
        return new WsSettings(64 * 1024, 3, Duration.ofSeconds(10), Duration.ofSeconds(60), 256, 10,
                Duration.ofSeconds(30), Duration.ofSeconds(20), List.of("*"));
    }
}
