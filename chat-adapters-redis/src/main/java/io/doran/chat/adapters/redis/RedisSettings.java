package io.doran.chat.adapters.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Redis adapter works ({@code chat.redis.*}, SPEC §6, §7).
 *
 * @param presenceTtl  how long a connection counts as online without a heartbeat (a crashed node's users go offline
 *                     after it)
 * @param nodeLeaseTtl how long a node id lease lasts without renewal
 * @param brokerInbox  cross-node messages a node may hold for dispatch before it drops (and logs) them
 * @param webhookOutbox webhook deliveries kept waiting in Redis at most (issue 18); beyond it new events are dropped
 * @param profileCacheTtl how long a node keeps a profile it looked up (a sender's name and picture); a changed profile
 *                     shows on the other nodes within it; 0 keeps none
 */
@ConfigurationProperties("chat.redis")
public record RedisSettings(@DefaultValue("60s") Duration presenceTtl, @DefaultValue("30s") Duration nodeLeaseTtl,
                            @DefaultValue("100000") int brokerInbox, @DefaultValue("1000000") int webhookOutbox,
                            @DefaultValue("60s") Duration profileCacheTtl) {

    public RedisSettings {
        if (presenceTtl.isNegative() || presenceTtl.isZero() || nodeLeaseTtl.isNegative() || nodeLeaseTtl.isZero()) {
            throw new IllegalArgumentException("chat.redis TTLs must be positive");
        }
        if (profileCacheTtl.isNegative()) {
            throw new IllegalArgumentException("chat.redis.profile-cache-ttl must not be negative");
        }
        if (brokerInbox < 1 || webhookOutbox < 1) {
            throw new IllegalArgumentException("chat.redis.broker-inbox and chat.redis.webhook-outbox must be positive");
        }
    }
}
