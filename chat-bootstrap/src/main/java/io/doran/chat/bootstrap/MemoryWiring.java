package io.doran.chat.bootstrap;

import io.doran.chat.adapters.memory.MemoryClientMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageRepository;
import io.doran.chat.adapters.memory.MemoryModerationRepository;
import io.doran.chat.adapters.memory.MemoryPinRepository;
import io.doran.chat.adapters.memory.MemoryPresence;
import io.doran.chat.adapters.memory.MemoryRateLimiter;
import io.doran.chat.adapters.memory.MemoryReactionRepository;
import io.doran.chat.adapters.memory.MemoryReadMarkerRepository;
import io.doran.chat.adapters.memory.MemoryRecentMessageCache;
import io.doran.chat.adapters.memory.MemoryRoomEventBroadcaster;
import io.doran.chat.adapters.memory.MemoryRoomMembers;
import io.doran.chat.adapters.memory.MemoryRoomRepository;
import io.doran.chat.adapters.memory.MemorySettings;
import io.doran.chat.adapters.memory.MemoryTokenStore;
import io.doran.chat.adapters.memory.MemoryUserDirectory;
import io.doran.chat.adapters.memory.MemoryUserEventBroadcaster;
import io.doran.chat.adapters.memory.MemoryUserStatuses;
import io.doran.chat.adapters.memory.MemoryWebhookOutbox;
import io.doran.chat.adapters.memory.MemoryWebhookSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The in-memory adapters: the embedded default, and whatever the active profiles do not replace. */
final class MemoryWiring {

    private MemoryWiring() {
    }

    /**
     * Rooms and messages in memory unless the {@code scylla} profile stores them in ScyllaDB; messages in
     * the windows of {@code chat.memory.*}, their reactions dropped with them.
     */
    @Configuration(proxyBeanMethods = false)
    @Profile("!scylla")
    @EnableConfigurationProperties(MemorySettings.class)
    static class Storage {

        @Bean
        MemoryRoomRepository roomRepository() {
            return new MemoryRoomRepository();
        }

        @Bean
        MemoryMessageRepository messageRepository(Clock clock, MemorySettings settings,
                                                  MemoryReactionRepository reactions) {
            return new MemoryMessageRepository(clock, settings, reactions::forget);
        }

        @Bean
        MemoryReactionRepository reactionRepository() {
            return new MemoryReactionRepository();
        }

        @Bean
        MemoryModerationRepository moderationRepository() {
            return new MemoryModerationRepository();
        }

        @Bean
        MemoryReadMarkerRepository readMarkerRepository() {
            return new MemoryReadMarkerRepository();
        }

        @Bean
        MemoryPinRepository pinRepository() {
            return new MemoryPinRepository();
        }

        @Bean
        MemoryClientMessageIds clientMessageIds(Clock clock) {
            return new MemoryClientMessageIds(clock);
        }
    }

    /** Tokens, presence, cache, limits, fan-out and the webhook outbox in memory unless the {@code redis} profile moves them to Redis. */
    @Configuration(proxyBeanMethods = false)
    @Profile("!redis")
    @EnableConfigurationProperties(MemoryWebhookSettings.class)
    static class Runtime {

        @Bean
        MemoryWebhookOutbox webhookOutbox(MemoryWebhookSettings settings) {
            return new MemoryWebhookOutbox(settings.webhookOutbox());
        }

        @Bean
        MemoryTokenStore tokenStore(Clock clock) {
            return new MemoryTokenStore(clock);
        }

        @Bean
        MemoryUserDirectory userDirectory() {
            return new MemoryUserDirectory();
        }

        @Bean
        MemoryUserStatuses userStatuses() {
            return new MemoryUserStatuses();
        }

        @Bean
        MemoryPresence presence() {
            return new MemoryPresence();
        }

        @Bean
        MemoryRoomMembers roomMembers() {
            return new MemoryRoomMembers();
        }

        @Bean
        MemoryRecentMessageCache recentMessageCache(ChatProperties properties) {
            return new MemoryRecentMessageCache(properties.rooms().recentMessages());
        }

        @Bean
        MemoryRateLimiter rateLimiter(Clock clock) {
            return new MemoryRateLimiter(clock);
        }

        /** Sends take their rate-limit token with the reservation, from buckets only sends use (issue 17). */
        @Bean
        MemoryRoomEventBroadcaster roomEventBroadcaster(Clock clock, MemoryRecentMessageCache recent) {
            return new MemoryRoomEventBroadcaster(clock, recent, new MemoryRateLimiter(clock));
        }

        @Bean
        MemoryUserEventBroadcaster userEventBroadcaster() {
            return new MemoryUserEventBroadcaster();
        }

        @Bean
        MemoryMessageIds messageIds(ChatProperties properties, Clock clock) {
            return new MemoryMessageIds(properties.nodeId(), clock);
        }
    }
}
