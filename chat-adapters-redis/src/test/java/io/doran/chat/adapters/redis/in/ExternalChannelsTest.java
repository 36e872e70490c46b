package io.doran.chat.adapters.redis.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.PubSub;
import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.application.port.in.ApplyUserStatusUseCase;
import io.doran.chat.application.port.in.PushNotificationUseCase;
import io.doran.chat.application.port.in.RemoveFromRoomByServiceUseCase;
import io.doran.chat.contract.Await;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.user.UserStatus;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The external channels against a real Redis: a message whose handling meets an outage — Redis frozen
 * with SIGSTOP under the "store" the handler writes to — is handled once the store is back, not lost.
 */
class ExternalChannelsTest {

    static final RedisTestServer SERVER = RedisTestServer.get();

    final LettuceConnectionFactory factory = SERVER.connectionFactory();
    final StringRedisTemplate redis = new StringRedisTemplate(factory);
    final PubSub pubSub;
    final List<String> statuses = new CopyOnWriteArrayList<>();
    ExternalChannels channels;

    ExternalChannelsTest() {
        redis.afterPropertiesSet();
        pubSub = new PubSub(redis, (RedisClient) factory.getNativeClient(), 1000);
    }

    @AfterEach
    void close() {
        if (channels != null) {
            channels.close();
        }
        pubSub.close();
        factory.destroy();
    }

    static final PushNotificationUseCase NO_NOTIFICATIONS = (user, type, message, link) -> { };
    static final RemoveFromRoomByServiceUseCase NO_REMOVALS = (room, user) -> { };

    /** A store of room notices in Redis, as the real adapters are: Redis down is {@code UNAVAILABLE}. */
    void store(String key, String value) {
        try {
            redis.opsForValue().set(key, value, Duration.ofMinutes(5));
        } catch (DataAccessException e) {
            throw new ChatException(ErrorCode.UNAVAILABLE);
        }
    }

    @Test
    void a_room_event_that_meets_a_frozen_store_is_handled_once_the_store_is_back() throws InterruptedException {
        Assumptions.assumeTrue(SERVER.controllable(), "needs the redis-server the tests started (to freeze it)");
        String key = "external-test:" + System.nanoTime();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch frozen = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        channels = new ExternalChannels(pubSub, JsonMapper.builder().build(), NO_NOTIFICATIONS,
                (room, user, type, content, imageUrl, clientMessageId) -> {
                    attempts.incrementAndGet();
                    entered.countDown();
                    try {
                        frozen.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    store(key, content);
                    return null;
                }, NO_REMOVALS, (user, status) -> { });

        redis.convertAndSend("room-events", "{\"roomId\":\"" + RoomId.random() + "\",\"message\":\"" + key + "\"}");
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the message was claimed and handled").isTrue();
        SERVER.pause();
        try {
            frozen.countDown();
            Await.until(() -> attempts.get() >= 2);
        } finally {
            SERVER.resume();
        }

        Await.until(Duration.ofSeconds(30), () -> key.equals(redis.opsForValue().get(key)));
    }

    @Test
    void every_attempt_at_one_room_notice_posts_it_under_one_client_message_id_and_another_notice_under_another() {
        List<String> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger(2);
        channels = new ExternalChannels(pubSub, JsonMapper.builder().build(), NO_NOTIFICATIONS,
                (room, user, type, content, imageUrl, clientMessageId) -> {
                    attempts.add(content + "@" + clientMessageId.orElseThrow());
                    if (failures.getAndDecrement() > 0) {
                        throw new ChatException(ErrorCode.UNAVAILABLE);
                    }
                    return null;
                }, NO_REMOVALS, (user, status) -> { });
        String room = RoomId.random().toString();

        redis.convertAndSend("room-events", "{\"roomId\":\"" + room + "\",\"message\":\"first\"}");
        redis.convertAndSend("room-events", "{\"roomId\":\"" + room + "\",\"message\":\"second\"}");

        Await.until(() -> attempts.size() == 4);
        assertThat(attempts.subList(0, 3)).allMatch(attempt -> attempt.startsWith("first@room-events:"))
                .containsOnly(attempts.getFirst());
        assertThat(attempts.get(3)).startsWith("second@room-events:")
                .isNotEqualTo(attempts.getFirst().replace("first@", "second@"));
    }

    @Test
    void user_events_stay_in_their_order_while_one_of_them_waits_for_the_store() {
        AtomicInteger failures = new AtomicInteger(2);
        ApplyUserStatusUseCase apply = (user, status) -> {
            if (status == UserStatus.SUSPENDED && failures.getAndDecrement() > 0) {
                throw new ChatException(ErrorCode.UNAVAILABLE);
            }
            statuses.add(user + ":" + status);
        };
        channels = new ExternalChannels(pubSub, JsonMapper.builder().build(), NO_NOTIFICATIONS,
                (room, user, type, content, imageUrl, clientMessageId) -> null, NO_REMOVALS, apply);
        String user = "ordered-" + System.nanoTime();

        redis.convertAndSend("user-events", "{\"userId\":\"" + user + "\",\"status\":\"SUSPENDED\"}");
        redis.convertAndSend("user-events", "{\"userId\":\"" + user + "\",\"status\":\"ACTIVE\"}");

        Await.until(() -> statuses.size() == 2);
        assertThat(statuses).containsExactly(user + ":SUSPENDED", user + ":ACTIVE");
    }

    @Test
    void a_bad_message_is_dropped_and_the_next_one_is_handled() {
        channels = new ExternalChannels(pubSub, JsonMapper.builder().build(), NO_NOTIFICATIONS,
                (room, user, type, content, imageUrl, clientMessageId) -> null, NO_REMOVALS,
                (user, status) -> statuses.add(user + ":" + status));
        String user = "after-bad-" + System.nanoTime();

        redis.convertAndSend("user-events", "{\"userId\":\" padded\",\"status\":\"ACTIVE\"}");
        redis.convertAndSend("user-events", "not json");
        redis.convertAndSend("user-events", "{\"userId\":\"" + user + "\",\"status\":\"NOT_A_STATUS\"}");
        redis.convertAndSend("user-events", "{\"userId\":\"" + user + "\",\"status\":\"INACTIVE\"}");

        Await.until(() -> statuses.contains(user + ":INACTIVE"));
        assertThat(statuses).as("a padded user id is refused, not trimmed").containsExactly(user + ":INACTIVE");
    }
}
