package io.doran.chat.adapters.redis;

import io.lettuce.core.RedisClient;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Redis adapter, located by Spring Boot's {@code spring.data.redis.*}. Bootstrap imports it under
 * the {@code redis} profile; the adapter reads its own settings ({@link RedisSettings}, {@link TokenStoreSettings}), and
 * bootstrap builds the recent-message cache with the application's window ({@code chat.rooms.recent-messages}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RedisSettings.class, TokenStoreSettings.class})
public class RedisAdapterConfiguration {

    @Bean
    RedisTokenStore redisTokenStore(StringRedisTemplate redis, TokenStoreSettings settings) {
        return new RedisTokenStore(redis, settings.keyPattern());
    }

    @Bean
    RedisUserDirectory redisUserDirectory(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisUserDirectory(redis, settings.profileCacheTtl());
    }

    @Bean
    RedisUserStatuses redisUserStatuses(StringRedisTemplate redis) {
        return new RedisUserStatuses(redis);
    }

    @Bean
    RedisPresence redisPresence(StringRedisTemplate redis, RedisSettings settings, Clock clock) {
        return new RedisPresence(redis, settings.presenceTtl(), clock);
    }

    @Bean
    RedisRoomMembers redisRoomMembers(StringRedisTemplate redis, RedisSettings settings, Clock clock) {
        return new RedisRoomMembers(redis, settings.presenceTtl(), clock);
    }

    @Bean
    RedisWebhookOutbox redisWebhookOutbox(StringRedisTemplate redis, JsonMapper json, RedisSettings settings) {
        return new RedisWebhookOutbox(redis, json, settings.webhookOutbox());
    }

    @Bean
    RedisRateLimiter redisRateLimiter(StringRedisTemplate redis, Clock clock) {
        return new RedisRateLimiter(redis, clock);
    }

    @Bean(destroyMethod = "close")
    RedisNodeIds redisNodeIds(StringRedisTemplate redis, RedisSettings settings, Clock clock) {
        return new RedisNodeIds(redis, settings.nodeLeaseTtl(), clock);
    }

    /**
     * The phase in which this node lets go of what it holds in Redis: after the web server and the
     * WebSocket connections stop (higher phases stop first), before Spring Data Redis stops its connection
     * factory (phase 0), after which no command gets through.
     */
    static final int RELEASE_PHASE = 1024;

    /** Gives the node id back and closes the subscriber connection while Redis can still be reached. */
    @Bean
    SmartLifecycle redisRelease(RedisNodeIds nodeIds, PubSub pubSub) {
        return new SmartLifecycle() {
            private volatile boolean running = true;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                pubSub.close();
                nodeIds.close();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return RELEASE_PHASE;
            }
        };
    }

    @Bean(destroyMethod = "close")
    PubSub redisPubSub(StringRedisTemplate redis, LettuceConnectionFactory factory, RedisSettings settings) {
        return new PubSub(redis, (RedisClient) factory.getNativeClient(), settings.brokerInbox());
    }

    @Bean
    RedisRoomEventBroadcaster redisRoomEventBroadcaster(PubSub pubSub, JsonMapper json, StringRedisTemplate redis,
                                                        Clock clock, RedisRecentMessageCache recent) {
        return new RedisRoomEventBroadcaster(pubSub, new EventCodec(json), redis, clock, recent);
    }

    @Bean
    RedisUserEventBroadcaster redisUserEventBroadcaster(PubSub pubSub, JsonMapper json) {
        return new RedisUserEventBroadcaster(pubSub, new EventCodec(json));
    }
}
