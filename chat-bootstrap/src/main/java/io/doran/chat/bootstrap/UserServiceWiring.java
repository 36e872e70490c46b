package io.doran.chat.bootstrap;

import io.doran.chat.adapters.web.out.users.HttpUserDirectory;
import io.doran.chat.adapters.web.out.users.ResilientUserService;
import io.doran.chat.adapters.web.out.users.UserServiceAdapterConfiguration;
import io.doran.chat.adapters.web.out.users.UserServiceSettings;
import io.doran.chat.application.port.out.UserDirectory;
import java.time.Clock;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.util.StringUtils;

/**
 * With {@code chat.user-service.url} set, display names come from the user service (003): its directory is
 * the one the use cases see, in front of the directory of profiles credentials told about (memory, or Redis),
 * which stays its fallback. The cache of the profiles the service gave is this node's own, or with
 * {@code redis} shared by every node ({@code user-service:profile:{userId}}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(UserServiceWiring.Configured.class)
@Import(UserServiceAdapterConfiguration.class)
class UserServiceWiring {

    /** Not a candidate for its own {@code credentials}: Spring leaves a bean out of its own dependencies. */
    @Bean(destroyMethod = "close")
    @Primary
    HttpUserDirectory userServiceDirectory(ResilientUserService service, Cache userProfileCache, UserDirectory credentials,
                                           UserServiceSettings settings, Clock clock) {
        return new HttpUserDirectory(service, userProfileCache, credentials, settings, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(UserServiceWiring.Configured.class)
    @Profile("!redis")
    static class LocalProfileCache {

        @Bean
        Cache userProfileCache(UserServiceSettings settings) {
            return HttpUserDirectory.localCache(settings);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(UserServiceWiring.Configured.class)
    @Profile("redis")
    static class SharedProfileCache {

        @Bean
        Cache userProfileCache(RedisConnectionFactory redis, UserServiceSettings settings) {
            RedisCacheManager caches = RedisCacheManager.builder(redis)
                    .cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
                            .entryTtl(settings.cache().ttl())
                            .disableCachingNullValues()
                            .computePrefixWith(name -> "user-service:profile:")
                            .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(RedisSerializer.string())))
                    .initialCacheNames(Set.of(HttpUserDirectory.CACHE))
                    .build();
            caches.afterPropertiesSet();
            return caches.getCache(HttpUserDirectory.CACHE);
        }
    }

    /** {@code chat.user-service.url} is set to something (an empty value, as an unset environment variable gives, is not). */
    static class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("chat.user-service.url"));
        }
    }
}
