package io.doran.chat.adapters.redis;

import io.lettuce.core.RedisClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Redis adapter, located by Spring Boot's {@code spring.data.redis.*}. Bootstrap imports it under
 * the {@code redis} profile and supplies the {@link RedisSettings}.
 */
@Configuration(proxyBeanMethods = false)
public class RedisAdapterConfiguration {

    @Bean
    RedisTokenStore redisTokenStore(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisTokenStore(redis, settings.tokenKeyPattern());
    }

    @Bean
    RedisUserDirectory redisUserDirectory(StringRedisTemplate redis) {
        return new RedisUserDirectory(redis);
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
    RedisRecentMessageCache redisRecentMessageCache(StringRedisTemplate redis, JsonMapper json, RedisSettings settings) {
        return new RedisRecentMessageCache(redis, json, settings.recentMessages());
    }

    @Bean
    RedisRateLimiter redisRateLimiter(StringRedisTemplate redis, Clock clock) {
        return new RedisRateLimiter(redis, clock);
    }

    @Bean(destroyMethod = "close")
    RedisNodeIds redisNodeIds(StringRedisTemplate redis, RedisSettings settings, Clock clock) {
        return new RedisNodeIds(redis, settings.nodeLeaseTtl(), clock);
    }

    @Bean(destroyMethod = "close")
    PubSub redisPubSub(StringRedisTemplate redis, LettuceConnectionFactory factory, RedisSettings settings) {
        return new PubSub(redis, (RedisClient) factory.getNativeClient(), settings.brokerInbox());
    }

    @Bean
    RedisRoomEventBroadcaster redisRoomEventBroadcaster(PubSub pubSub, JsonMapper json, StringRedisTemplate redis,
                                                        Clock clock) {
        return new RedisRoomEventBroadcaster(pubSub, new EventCodec(json), redis, clock);
    }

    @Bean
    RedisUserEventBroadcaster redisUserEventBroadcaster(PubSub pubSub, JsonMapper json) {
        return new RedisUserEventBroadcaster(pubSub, new EventCodec(json));
    }
}
