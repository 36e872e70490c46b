package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.MessageIdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Message ids with a node id leased from Redis ({@code chat:node:{n}}), so two live nodes never share
 * one (SPEC §3, §9). The lease is renewed while the node lives; a configured {@code chat.node-id} skips
 * leasing.
 */
public class RedisNodeIds implements MessageIds, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisNodeIds.class);

    /** KEYS: lease; ARGV: owner, ttl ms. Extends the lease only if this node still owns it. */
    private static final RedisScript<Long> RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String owner = UUID.randomUUID().toString();
    private final Duration ttl;
    private final int nodeId;
    private final MessageIdGenerator generator;
    private final Thread renewer;
    private final AtomicBoolean released = new AtomicBoolean();

    public RedisNodeIds(StringRedisTemplate redis, Duration ttl, Clock clock) {
        this.redis = redis;
        this.ttl = ttl;
        this.nodeId = lease();
        this.generator = new MessageIdGenerator(nodeId, clock);
        this.renewer = Thread.ofVirtual().name("node-id-lease").start(this::renewForever);
        log.info("Leased node id {} for message ids", nodeId);
    }

    private int lease() {
        int start = ThreadLocalRandom.current().nextInt(MessageIdGenerator.MAX_NODE_ID + 1);
        for (int i = 0; i <= MessageIdGenerator.MAX_NODE_ID; i++) {
            int candidate = (start + i) % (MessageIdGenerator.MAX_NODE_ID + 1);
            Boolean taken = RedisGuard.call(() -> redis.opsForValue().setIfAbsent(key(candidate), owner, ttl));
            if (Boolean.TRUE.equals(taken)) {
                return candidate;
            }
        }
        throw new IllegalStateException("all 1024 node ids are leased: too many nodes");
    }

    private void renewForever() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(ttl.dividedBy(3));
                Long renewed = redis.execute(RENEW, List.of(key(nodeId)), owner, Long.toString(ttl.toMillis()));
                if (renewed == null || renewed == 0L) {
                    log.error("Lost the lease of node id {}: another node may generate the same message ids", nodeId);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of node id {}", nodeId, e);
            }
        }
    }

    public int nodeId() {
        return nodeId;
    }

    @Override
    public MessageId next() {
        return generator.next();
    }

    @Override
    public MessageId nextAfter(MessageId floor) {
        return generator.nextAfter(floor);
    }

    /** Gives the node id back (once; later calls do nothing). */
    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        renewer.interrupt();
        RedisGuard.run(() -> redis.execute(RedisScript.of("""
                if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
                return 0""", Long.class), List.of(key(nodeId)), owner));
    }

    private static String key(int node) {
        return "chat:node:" + node;
    }
}
