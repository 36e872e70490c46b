package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.MessageIdsContract;
import io.doran.chat.contract.PresenceContract;
import io.doran.chat.contract.RateLimiterContract;
import io.doran.chat.contract.RecentMessageCacheContract;
import io.doran.chat.contract.MessageSequencerContract;
import io.doran.chat.contract.RoomEventBroadcasterContract;
import io.doran.chat.contract.RoomMembersContract;
import io.doran.chat.contract.TokenStoreContract;
import io.doran.chat.contract.UserDirectoryContract;
import io.doran.chat.contract.UserEventBroadcasterContract;
import io.doran.chat.contract.UserStatusesContract;
import io.doran.chat.contract.WebhookOutboxContract;
import io.doran.chat.application.port.out.WebhookOutbox;
import java.util.UUID;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Every port contract, unchanged, against a real Redis. */
class RedisContractTests {

    static final LettuceConnectionFactory FACTORY = RedisTestServer.get().connectionFactory();
    static final StringRedisTemplate REDIS = new StringRedisTemplate(FACTORY);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        REDIS.afterPropertiesSet();
    }

    static PubSub pubSub() {
        return new PubSub(REDIS, (RedisClient) FACTORY.getNativeClient(), 10_000);
    }

    @Nested
    class TokenStoreTest extends TokenStoreContract {
        @Override
        protected TokenStore newTokenStore() {
            return new RedisTokenStore(REDIS, "auth:token:{jti}");
        }
    }

    @Nested
    class UserDirectoryTest extends UserDirectoryContract {
        @Override
        protected UserDirectory newDirectory() {
            return new RedisUserDirectory(REDIS, Duration.ofMinutes(1));
        }
    }

    @Nested
    class UserStatusesTest extends UserStatusesContract {
        @Override
        protected UserStatuses newStatuses() {
            return new RedisUserStatuses(REDIS);
        }
    }

    @Nested
    class PresenceTest extends PresenceContract {
        @Override
        protected Presence newPresence() {
            return new RedisPresence(REDIS, Duration.ofMinutes(1), Clock.systemUTC());
        }
    }

    @Nested
    class RecentMessageCacheTest extends RecentMessageCacheContract {
        @Override
        protected RecentMessageCache newCacheOfThree() {
            return new RedisRecentMessageCache(REDIS, JSON, 3);
        }
    }

    @Nested
    class RateLimiterTest extends RateLimiterContract {
        @Override
        protected RateLimiter newRateLimiter(ManualClock clock) {
            return new RedisRateLimiter(REDIS, clock);
        }
    }

    @Nested
    class RoomEventBroadcasterTest extends RoomEventBroadcasterContract {
        @Override
        protected RoomEventBroadcaster newBroadcaster() {
            return new RedisRoomEventBroadcaster(pubSub(), new EventCodec(JSON), REDIS, Clock.systemUTC(),
                    new RedisRecentMessageCache(REDIS, JSON, 20));
        }
    }

    @Nested
    class MessageSequencerTest extends MessageSequencerContract {
        @Override
        protected Ordered newOrdered() {
            RedisRecentMessageCache recent = new RedisRecentMessageCache(REDIS, JSON, 20);
            RedisRoomEventBroadcaster broadcaster = new RedisRoomEventBroadcaster(pubSub(), new EventCodec(JSON), REDIS,
                    Clock.systemUTC(), recent);
            return new Ordered(broadcaster, broadcaster, recent);
        }
    }

    @Nested
    class UserEventBroadcasterTest extends UserEventBroadcasterContract {
        @Override
        protected UserEventBroadcaster newBroadcaster() {
            return new RedisUserEventBroadcaster(pubSub(), new EventCodec(JSON));
        }
    }

    @Nested
    class RoomMembersTest extends RoomMembersContract {
        @Override
        protected RoomMembers newMembers() {
            return new RedisRoomMembers(REDIS, Duration.ofMinutes(1), Clock.systemUTC());
        }
    }

    @Nested
    class MessageIdsTest extends MessageIdsContract {
        @Override
        protected MessageIds newMessageIds() {
            return new RedisNodeIds(REDIS, Duration.ofSeconds(30), Clock.systemUTC());
        }
    }

    @Nested
    class WebhookOutboxTest extends WebhookOutboxContract {
        @Override
        protected WebhookOutbox newOutbox(int capacity) {
            return new RedisWebhookOutbox(REDIS, JSON, capacity, "webhooks-" + UUID.randomUUID());
        }
    }
}
