package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.adapters.scylla.CqlTestServer;
import io.doran.chat.bootstrap.cluster.ProductionProfile;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A message another service publishes on an external channel while the store is out is delayed, not
 * lost (issue 15): the node that claimed it tries again until ScyllaDB is back. The context is closed
 * after the class, so that it takes no external-channel messages of the tests that run later.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles({"scylla", "redis"})
class ProductionExternalChannelsOutageTest extends HostileServer {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ProductionProfile.register(registry);
    }

    /** The key a node sets when it claims a message (PubSub.claimOnce): the sign that a node took it. */
    static String claimKey(String channel, String payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((channel + "\n" + payload).getBytes(StandardCharsets.UTF_8));
            return "chat:claimed:" + HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_room_notice_published_while_the_store_is_frozen_is_posted_once_it_is_back() {
        CqlTestServer cql = CqlTestServer.get();
        Assumptions.assumeTrue(cql.controllable(), "needs the CQL server the tests started (to freeze it)");
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        String notice = "maintenance at ten " + run;
        String payload = "{\"roomId\":\"" + room + "\",\"message\":\"" + notice + "\"}";
        StringRedisTemplate redis = RedisTestServer.get().template();
        String claim = claimKey("room-events", payload);

        cql.pause();
        try {
            redis.convertAndSend("room-events", payload);
            Await.until(() -> Boolean.TRUE.equals(redis.hasKey(claim)));
            api.get("/api/chatrooms/" + room).token(alice).send().problem(503, "UNAVAILABLE");
        } finally {
            cql.resume();
        }

        Await.until(Duration.ofSeconds(60), () -> {
            Api.Response history = api.get("/api/chatrooms/" + room + "/messages").token(alice).send();
            return history.status() == 200 && history.body().path("messages").toString().contains(notice);
        });
        assertThat(contents(alice, room)).containsExactly(notice);
    }
}
