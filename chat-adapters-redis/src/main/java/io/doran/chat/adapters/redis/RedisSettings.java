package io.doran.chat.adapters.redis;

import java.time.Duration;

/**
 * How the Redis adapter works (SPEC §6, §9).
 *
 * @param tokenKeyPattern the token store's key, {@code {jti}} replaced by the token id
 * @param presenceTtl     how long a connection counts as online without a heartbeat
 * @param recentMessages  messages cached per room
 * @param nodeLeaseTtl    how long a node id lease lasts without renewal
 * @param brokerInbox     messages the broker may hold for dispatch before it drops and logs
 */
public record RedisSettings(String tokenKeyPattern, Duration presenceTtl, int recentMessages, Duration nodeLeaseTtl,
                            int brokerInbox) {
}
