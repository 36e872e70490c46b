package io.doran.chat.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Signed webhooks on the embedded default (issue 18), against real HTTP receivers that check every signature: each
 * event arrives with its headers, a receiver answering 500 gets the event again with the same id until it takes
 * it, and a receiver that keeps failing shows in health and metrics without slowing the chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000",
        "chat.limits.requests-per-second=10000", "management.endpoint.health.show-details=always",
        "chat.webhook-delivery.initial-backoff=50ms", "chat.webhook-delivery.max-backoff=200ms",
        "chat.webhook-delivery.poll-every=20ms", "chat.webhook-delivery.max-attempts=4",
        "chat.webhook-delivery.timeout=2s"})
class WebhookDeliveryTest {

    static final String SECRET = "whsec-test-0123456789";
    static final WebhookReceiver RECEIVER = new WebhookReceiver(SECRET);
    static final WebhookReceiver BROKEN = new WebhookReceiver("broken-secret");

    static {
        BROKEN.failWhen(event -> true);
    }

    @DynamicPropertySource
    static void receivers(DynamicPropertyRegistry registry) {
        registry.add("chat.webhooks[0].url", RECEIVER::url);
        registry.add("chat.webhooks[0].secret", () -> SECRET);
        registry.add("chat.webhooks[1].url", BROKEN::url);
        registry.add("chat.webhooks[1].secret", () -> "broken-secret");
        registry.add("chat.webhooks[1].events", () -> "room.deleted");
    }

    @AfterAll
    static void stopReceivers() {
        RECEIVER.close();
        BROKEN.close();
    }

    @LocalServerPort
    int port;

    Api api;
    String alice;
    String bob;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        alice = api.devToken("alice", "Alice");
        bob = api.devToken("bob", "Bob");
        RECEIVER.failWhen(event -> false);
    }

    String room() {
        return api.post("/api/chatrooms").token(alice).json(Map.of("name", "hooks", "participantIds", List.of("bob", "carol")))
                .send().expect(201).text("roomId");
    }

    String send(String room, String text) {
        return api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", text)).send().expect(201)
                .text("messageId");
    }

    static WebhookReceiver.Received awaitOne(String type, String field, String value) {
        Await.until(Duration.ofSeconds(10), () -> find(type, field, value) != null);
        return find(type, field, value);
    }

    static WebhookReceiver.Received find(String type, String field, String value) {
        return RECEIVER.received(type).stream()
                .filter(r -> value.equals(r.body().path("data").at(field).asString(null)))
                .findFirst().orElse(null);
    }

    @Test
    void a_new_message_is_posted_signed_with_its_offline_recipients() {
        String room = room();
        String messageId = send(room, "hello hooks");

        WebhookReceiver.Received created = awaitOne("message.created", "/message/messageId", messageId);

        JsonNode body = created.body();
        assertThat(body.path("type").asString()).isEqualTo("message.created");
        assertThat(body.path("id").asString()).isNotBlank();
        assertThat(Instant.parse(body.path("createdAt").asString())).isNotNull();
        assertThat(body.path("data").path("roomId").asString()).isEqualTo(room);
        assertThat(body.path("data").path("message").path("content").asString()).isEqualTo("hello hooks");
        assertThat(body.path("data").path("message").path("userId").asString()).isEqualTo("alice");
        assertThat(body.path("data").path("offlineRecipients").valueStream().map(JsonNode::asString))
                .as("nobody but the author, and nobody is connected").containsExactlyInAnyOrder("bob", "carol");
        assertThat(Long.parseLong(created.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(60L));
        assertThat(RECEIVER.badSignatures()).isZero();
    }

    @Test
    void a_message_that_mentions_someone_also_sends_mention_with_who_is_offline() {
        String room = room();
        String messageId = send(room, "@bob have a look");

        WebhookReceiver.Received mention = awaitOne("mention", "/message/messageId", messageId);

        JsonNode data = mention.body().path("data");
        assertThat(data.path("roomId").asString()).isEqualTo(room);
        assertThat(data.path("message").path("content").asString()).isEqualTo("@bob have a look");
        assertThat(data.path("mentioned").valueStream().map(JsonNode::asString)).containsExactly("bob");
        assertThat(data.path("offlineMentioned").valueStream().map(JsonNode::asString)).containsExactly("bob");
        assertThat(awaitOne("message.created", "/message/messageId", messageId).id()).isNotEqualTo(mention.id());
        assertThat(RECEIVER.badSignatures()).isZero();
    }

    @Test
    void a_receiver_answering_500_gets_the_same_event_again_until_it_takes_it_and_then_never_again() {
        String room = room();
        AtomicInteger refusals = new AtomicInteger();
        RECEIVER.failWhen(event -> "message.created".equals(event.path("type").asString())
                && "retry me".equals(event.path("data").path("message").path("content").asString())
                && refusals.incrementAndGet() <= 2);

        String messageId = send(room, "retry me");

        WebhookReceiver.Received taken = awaitOne("message.created", "/message/messageId", messageId);
        assertThat(RECEIVER.attempts(taken.id())).as("two 500s, then taken").isEqualTo(3);
        send(room, "a later message");
        awaitOne("message.created", "/message/content", "a later message");
        assertThat(RECEIVER.received().stream().filter(r -> r.id().equals(taken.id()))).as("taken once").hasSize(1);
        assertThat(RECEIVER.attempts(taken.id())).isEqualTo(3);
    }

    @Test
    void edits_deletions_members_and_room_deletion_each_send_their_event() {
        String room = room();
        String messageId = send(room, "first");
        api.patch("/api/chatrooms/" + room + "/messages/" + messageId).token(alice).json(Map.of("content", "edited"))
                .send().expect(200);
        api.delete("/api/chatrooms/" + room + "/messages/" + messageId).token(alice).send().expect(204);
        api.post("/api/chatrooms/" + room + "/participants").token(alice).json(Map.of("userId", "dave")).send().expect(201);
        api.delete("/api/chatrooms/" + room + "/participants/bob").token(bob).send().expect(204);
        api.delete("/api/chatrooms/" + room).token(alice).send().expect(204);

        assertThat(awaitOne("message.edited", "/message/messageId", messageId).body().path("data").path("message")
                .path("content").asString()).isEqualTo("edited");
        assertThat(awaitOne("message.deleted", "/messageId", messageId).body().path("data").path("deletedBy").asString())
                .isEqualTo("alice");
        JsonNode added = awaitOne("member.added", "/userId", "dave").body().path("data");
        assertThat(added.path("roomId").asString()).isEqualTo(room);
        assertThat(added.path("addedBy").asString()).isEqualTo("alice");
        Await.until(Duration.ofSeconds(10), () -> RECEIVER.received("member.removed").stream()
                .anyMatch(r -> r.body().path("data").path("roomId").asString().equals(room)));
        JsonNode left = RECEIVER.received("member.removed").stream()
                .filter(r -> r.body().path("data").path("roomId").asString().equals(room)).findFirst().orElseThrow()
                .body().path("data");
        assertThat(left.path("userId").asString()).isEqualTo("bob");
        assertThat(left.path("left").asBoolean()).isTrue();
        assertThat(awaitOne("room.deleted", "/roomId", room).body().path("data").path("deletedBy").asString())
                .isEqualTo("alice");
    }

    @Test
    void a_ban_sends_user_banned_then_the_removal() {
        String room = room();
        api.post("/api/chatrooms/" + room + "/bans").token(alice)
                .json(Map.of("userId", "carol", "reason", "spam", "minutes", 30)).send().expect(201);

        JsonNode banned = awaitOne("user.banned", "/roomId", room).body().path("data");
        assertThat(banned.path("userId").asString()).isEqualTo("carol");
        assertThat(banned.path("bannedBy").asString()).isEqualTo("alice");
        assertThat(banned.path("reason").asString()).isEqualTo("spam");
        assertThat(Instant.parse(banned.path("until").asString())).isAfter(Instant.now());
        Await.until(Duration.ofSeconds(10), () -> RECEIVER.received("member.removed").stream()
                .anyMatch(r -> r.body().path("data").path("roomId").asString().equals(room)
                        && r.body().path("data").path("userId").asString().equals("carol")));
    }

    @Test
    void a_receiver_that_keeps_failing_shows_in_health_and_metrics_and_the_chat_goes_on() {
        String room = room();
        api.delete("/api/chatrooms/" + room).token(alice).send().expect(204);

        Await.until(Duration.ofSeconds(10), () -> api.get("/actuator/health").send().body()
                .path("components").path("webhooks").path("status").asString().equals("DOWN"));

        JsonNode webhooks = api.get("/actuator/health").send().body().path("components").path("webhooks");
        assertThat(webhooks.path("details").path("receivers").path("1").path("url").asString()).isEqualTo(BROKEN.url());
        assertThat(webhooks.path("details").path("receivers").path("1").path("lastFailure").asString()).isEqualTo("HTTP 500");
        assertThat(webhooks.path("details").path("receivers").path("0").path("consecutiveFailures").asInt()).isZero();
        assertThat(api.get("/actuator/prometheus").send().expect(200).raw().body())
                .contains("chat_webhooks_deliveries_total{outcome=\"failed\",receiver=\"1\"}")
                .contains("chat_webhooks_consecutive_failures{receiver=\"1\"}")
                .contains("chat_webhooks_pending");
        String other = room();
        String messageId = send(other, "still chatting");
        awaitOne("message.created", "/message/messageId", messageId);
        assertThat(BROKEN.received()).isEmpty();
    }
}
