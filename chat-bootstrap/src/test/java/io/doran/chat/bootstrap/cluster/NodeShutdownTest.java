package io.doran.chat.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.RedisNodeIds;
import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A node that shuts down gives its message-id node id back while Redis is still reachable, instead of
 * leaving the lease to lapse (it used to try after the Redis connection factory had stopped).
 */
class NodeShutdownTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3ItY2x1c3Rlci10ZXN0cy0wMTIzNDU2Nzg5";

    @Test
    void a_node_that_shuts_down_releases_its_node_id() {
        RedisTestServer server = RedisTestServer.get();
        StringRedisTemplate redis = server.template();
        redis.afterPropertiesSet();
        ConfigurableApplicationContext node = DoranChatApplicationAccess.start("redis", "--server.port=0",
                "--chat.auth.jwt.secret=" + SECRET,
                "--spring.data.redis.host=" + server.host(), "--spring.data.redis.port=" + server.port());
        String lease;
        try {
            lease = "chat:node:" + node.getBean(RedisNodeIds.class).nodeId();
            assertThat(redis.hasKey(lease)).as("leased while the node runs").isTrue();
        } finally {
            node.close();
        }
        assertThat(redis.hasKey(lease)).as("released when the node stops").isFalse();
    }
}
