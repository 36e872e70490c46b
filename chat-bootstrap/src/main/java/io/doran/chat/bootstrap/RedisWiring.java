package io.doran.chat.bootstrap;

import io.doran.chat.adapters.redis.PubSub;
import io.doran.chat.adapters.redis.RedisAdapterConfiguration;
import io.doran.chat.adapters.redis.RedisRecentMessageCache;
import io.doran.chat.adapters.redis.in.ExternalChannels;
import io.doran.chat.application.service.MessageService;
import io.doran.chat.application.service.RoomService;
import io.doran.chat.application.service.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens, presence, cache, rate limits, node ids and cross-node fan-out in Redis under the {@code redis}
 * profile (SPEC §6, §7, §9), located by {@code spring.data.redis.*}; and the external channels.
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
@Import(RedisAdapterConfiguration.class)
class RedisWiring {

    /** The recent-message cache in Redis, as many messages per room as the application's window. */
    @Bean
    RedisRecentMessageCache redisRecentMessageCache(StringRedisTemplate redis, JsonMapper json, ChatProperties properties) {
        return new RedisRecentMessageCache(redis, json, properties.rooms().recentMessages());
    }

    @Bean(destroyMethod = "close")
    ExternalChannels externalChannels(PubSub pubSub, JsonMapper json, UserService users, MessageService messages,
                                      RoomService rooms) {
        return new ExternalChannels(pubSub, json, users, messages, rooms, users);
    }
}
