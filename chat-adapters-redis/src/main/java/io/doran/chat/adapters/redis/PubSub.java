package io.doran.chat.adapters.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.doran.chat.application.port.out.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis pub/sub for the cross-node broker (SPEC §7). One subscriber connection per node; a channel is
 * subscribed only while this node has a listener for it (so a room's messages cost nothing on nodes
 * without members), and the subscription is confirmed before {@link #subscribe} returns. Messages are
 * handed from Lettuce's event loop to one dispatcher thread through a bounded queue, in arrival order —
 * the order Redis gives every node — and never block the event loop.
 */
public final class PubSub implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PubSub.class);
    private static final Duration CONFIRM = Duration.ofSeconds(5);

    private record Received(String channel, String payload) {
    }

    private final StringRedisTemplate redis;
    private final StatefulRedisPubSubConnection<String, String> connection;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final BlockingQueue<Received> inbox;
    private final Thread dispatcher;
    private final AtomicBoolean closed = new AtomicBoolean();

    public PubSub(StringRedisTemplate redis, RedisClient client, int inboxCapacity) {
        this.redis = redis;
        this.connection = client.connectPubSub();
        this.inbox = new ArrayBlockingQueue<>(inboxCapacity);
        this.connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (!inbox.offer(new Received(channel, message))) {
                    log.error("Dropped a broker message on {}: the dispatcher is {} messages behind", channel, inbox.size());
                }
            }
        });
        this.dispatcher = Thread.ofVirtual().name("redis-pubsub-dispatcher").start(this::dispatch);
    }

    /** Publishes on {@code channel} to every node subscribed to it. */
    public void publish(String channel, String payload) {
        RedisGuard.run(() -> redis.convertAndSend(channel, payload));
    }

    /**
     * Whether this node is the one to handle a message every node received (the first to claim it in
     * Redis, for a minute). Two identical messages within that minute count as one.
     */
    public boolean claimOnce(String channel, String payload) {
        String digest = java.util.HexFormat.of().formatHex(sha256(channel + "\n" + payload));
        return Boolean.TRUE.equals(RedisGuard.call(() -> redis.opsForValue()
                .setIfAbsent("chat:claimed:" + digest, "1", Duration.ofMinutes(1))));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers {@code channel}'s messages to {@code listener}; subscribes the node on the first listener. */
    public Subscription subscribe(String channel, Consumer<String> listener) {
        boolean[] first = {false};
        listeners.compute(channel, (c, list) -> {
            List<Consumer<String>> current = list == null ? new CopyOnWriteArrayList<>() : list;
            first[0] = current.isEmpty();
            current.add(listener);
            return current;
        });
        if (first[0]) {
            RedisGuard.run(() -> await(connection.async().subscribe(channel)));
        }
        return () -> unsubscribe(channel, listener);
    }

    /** A channel to listen to, for inbound adapters: the same as {@link #subscribe}, closed through a plain handle. */
    public Listening listen(String channel, Consumer<String> listener) {
        Subscription subscription = subscribe(channel, listener);
        return subscription::close;
    }

    /** Stops listening when closed. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    private void unsubscribe(String channel, Consumer<String> listener) {
        boolean[] last = {false};
        listeners.computeIfPresent(channel, (c, list) -> {
            list.remove(listener);
            last[0] = list.isEmpty();
            return list.isEmpty() ? null : list;
        });
        if (last[0]) {
            connection.async().unsubscribe(channel);
        }
    }

    private static void await(io.lettuce.core.RedisFuture<?> future) {
        try {
            future.get(CONFIRM.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.lettuce.core.RedisException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new io.lettuce.core.RedisException(e);
        }
    }

    private void dispatch() {
        while (!Thread.currentThread().isInterrupted()) {
            Received received;
            try {
                received = inbox.take();
            } catch (InterruptedException e) {
                return;
            }
            for (Consumer<String> listener : listeners.getOrDefault(received.channel(), List.of())) {
                try {
                    listener.accept(received.payload());
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed", received.channel(), e);
                }
            }
        }
    }

    /** Stops dispatching and closes the subscriber connection (once; later calls do nothing). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        dispatcher.interrupt();
        connection.close();
    }
}
