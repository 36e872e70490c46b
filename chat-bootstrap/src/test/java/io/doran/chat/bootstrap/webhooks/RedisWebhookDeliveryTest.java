package io.doran.chat.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Signed webhooks with {@code redis} (issue 18): nodes share one outbox in Redis, so two nodes deliver each event
 * once between them, and events a receiver has not taken survive the restart of every node.
 */
class RedisWebhookDeliveryTest {

    static final String SECRET = "cluster-webhook-secret";

    final WebhookReceiver receiver = new WebhookReceiver(SECRET);
    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    StringRedisTemplate redis;

    @BeforeEach
    void cleanOutbox() {
        redis = RedisTestServer.get().template();
        redis.afterPropertiesSet();
        redis.delete(List.of("{webhooks}:due", "{webhooks}:deliveries"));
    }

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        receiver.close();
    }

    ConfigurableApplicationContext startNode() {
        RedisTestServer server = RedisTestServer.get();
        ConfigurableApplicationContext node = DoranChatApplicationAccess.start("redis", "--server.port=0",
                "--chat.auth.dev-tokens=true", "--chat.auth.jwt.secret=c2VjcmV0LWtleS1mb3ItY2x1c3Rlci10ZXN0cy0wMTIzNDU2Nzg5",
                "--spring.data.redis.host=" + server.host(), "--spring.data.redis.port=" + server.port(),
                "--chat.limits.messages-per-minute=10000", "--chat.limits.request-burst=10000",
                "--chat.webhooks[0].url=" + receiver.url(), "--chat.webhooks[0].secret=" + SECRET,
                "--chat.webhooks[0].events=message.created", "--chat.webhook-delivery.poll-every=10ms",
                "--chat.webhook-delivery.initial-backoff=50ms", "--chat.webhook-delivery.max-backoff=200ms",
                "--chat.webhook-delivery.max-attempts=1000", "--chat.webhook-delivery.timeout=1s");
        nodes.add(node);
        return node;
    }

    static Api api(ConfigurableApplicationContext node) {
        return new Api(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    static List<String> sendMessages(Api api, String user, int count, String prefix) {
        String token = api.devToken(user, null);
        String room = api.post("/api/chatrooms").token(token).json(Map.of("name", "hooks", "participantIds",
                List.of("bob"))).send().expect(201).text("roomId");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(api.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", prefix + i))
                    .send().expect(201).text("messageId"));
        }
        return ids;
    }

    Set<String> deliveredMessageIds() {
        return receiver.received("message.created").stream()
                .map(r -> r.body().path("data").path("message").path("messageId").asString())
                .collect(Collectors.toSet());
    }

    @Test
    void two_nodes_deliver_each_event_once_between_them() {
        Api a = api(startNode());
        Api b = api(startNode());

        List<String> sent = new ArrayList<>(sendMessages(a, "alice", 25, "from a "));
        sent.addAll(sendMessages(b, "carol", 25, "from b "));

        Await.until(Duration.ofSeconds(20), () -> deliveredMessageIds().containsAll(sent));
        List<WebhookReceiver.Received> received = receiver.received("message.created");
        assertThat(received).hasSize(50);
        assertThat(received.stream().map(WebhookReceiver.Received::id)).doesNotHaveDuplicates();
        assertThat(received).allSatisfy(r -> assertThat(receiver.attempts(r.id())).isEqualTo(1));
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void events_not_yet_taken_survive_a_restart_of_every_node() {
        receiver.failWhen(event -> true);
        ConfigurableApplicationContext first = startNode();
        List<String> sent = sendMessages(api(first), "alice", 5, "while down ");
        Await.until(Duration.ofSeconds(10), () -> receiver.received().isEmpty()
                && redis.opsForHash().size("{webhooks}:deliveries") == 5
                && sent.size() == 5);
        Await.until(Duration.ofSeconds(10), () -> receiverTried(5));
        first.close();

        assertThat(redis.opsForHash().size("{webhooks}:deliveries")).as("waiting in Redis").isEqualTo(5);
        receiver.failWhen(event -> false);
        startNode();

        Await.until(Duration.ofSeconds(20), () -> deliveredMessageIds().containsAll(sent));
        assertThat(receiver.received()).hasSize(5);
        Await.until(Duration.ofSeconds(10), () -> redis.opsForHash().size("{webhooks}:deliveries") == 0);
    }

    /** The receiver refused at least one attempt of each of {@code count} events. */
    private boolean receiverTried(int count) {
        return redis.opsForHash().values("{webhooks}:deliveries").stream()
                .map(Object::toString).filter(json -> !json.contains("\"attempts\":0")).count() == count;
    }
}
