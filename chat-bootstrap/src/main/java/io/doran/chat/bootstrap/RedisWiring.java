package io.doran.chat.bootstrap;

import io.doran.chat.adapters.redis.PubSub;
import io.doran.chat.adapters.redis.RedisAdapterConfiguration;
import io.doran.chat.adapters.redis.RedisSettings;
import io.doran.chat.adapters.redis.in.ExternalChannels;
import io.doran.chat.application.service.MessageService;
import io.doran.chat.application.service.RoomService;
import io.doran.chat.application.service.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens, presence, cache, rate limits, node ids and cross-node fan-out in Redis under the {@code redis}
 * profile (SPEC §6, §7, §9), located by {@code spring.data.redis.*}; and the external channels.
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
@Import(RedisAdapterConfiguration.class)
class RedisWiring {

    @Bean
    RedisSettings redisSettings(ChatProperties properties) {
        ChatProperties.Redis redis = properties.redis();
        return new RedisSettings(properties.auth().tokenStore().keyPattern(), redis.presenceTtl(),
                properties.rooms().recentMessages(), redis.nodeLeaseTtl(), redis.brokerInbox());
    }

    @Bean(destroyMethod = "close")
    ExternalChannels externalChannels(PubSub pubSub, JsonMapper json, UserService users, MessageService messages,
                                      RoomService rooms) {
        return new ExternalChannels(pubSub, json, users, messages, rooms, users);
    }
}
