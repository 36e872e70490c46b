package io.doran.chat.bootstrap.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.adapters.web.out.users.FakeUserService;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/** With {@code redis}, the profiles the user service gave are cached in Redis: a node that never asked knows them. */
class SharedProfileCacheTest {

    static final FakeUserService SERVICE = FakeUserService.start();
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    static ConfigurableApplicationContext start() {
        RedisTestServer redis = RedisTestServer.get();
        return DoranChatApplicationAccess.start("redis", "--server.port=0",
                "--spring.data.redis.host=" + redis.host(), "--spring.data.redis.port=" + redis.port(),
                "--chat.auth.jwt.secret=c2VjcmV0LWtleS1mb3Itc2hhcmVkLWNhY2hlLXRlc3RzLTAxMjM0NTY3",
                "--chat.user-service.url=" + SERVICE.url(), "--chat.user-service.cache.refresh-after=0s",
                "--chat.user-service.timeout=2s", "--chat.user-service.retry.max-attempts=1");
    }

    @BeforeAll
    static void startNodes() {
        nodeA = start();
        nodeB = start();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        SERVICE.close();
    }

    @Test
    void a_profile_one_node_got_from_the_user_service_is_the_fallback_of_every_node() {
        UserId bob = UserId.of("bob-" + UUID.randomUUID());
        SERVICE.knows(bob.value(), "Bob (user service)");

        assertThat(nickname(nodeA, bob)).contains("Bob (user service)");
        StringRedisTemplate redis = RedisTestServer.get().template();
        redis.afterPropertiesSet();
        String key = "user-service:profile:" + bob.value();
        assertThat(redis.opsForValue().get(key)).contains("Bob (user service)");
        assertThat(redis.getExpire(key)).as("seconds to live").isPositive();

        SERVICE.fails();
        try {
            assertThat(nickname(nodeB, bob)).contains("Bob (user service)");
        } finally {
            SERVICE.answers();
        }
    }

    static Optional<String> nickname(ConfigurableApplicationContext node, UserId user) {
        UserProfile profile = node.getBean(UserDirectory.class).profiles(List.of(user)).get(user);
        return Optional.ofNullable(profile).flatMap(UserProfile::nickname);
    }
}
