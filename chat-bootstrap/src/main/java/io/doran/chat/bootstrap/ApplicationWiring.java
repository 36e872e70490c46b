package io.doran.chat.bootstrap;

import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.RateLimit;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.application.service.ActionLimits;
import io.doran.chat.application.service.ChatSettings;
import io.doran.chat.application.service.LiveConnections;
import io.doran.chat.application.service.LiveRooms;
import io.doran.chat.application.service.LiveRoomQueryService;
import io.doran.chat.application.service.MessageService;
import io.doran.chat.application.service.ModerationService;
import io.doran.chat.application.service.PinService;
import io.doran.chat.application.service.ProfileService;
import io.doran.chat.application.service.RoomService;
import io.doran.chat.application.service.UserService;
import io.doran.chat.application.service.WebhookEvents;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.message.ReactionPolicy;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The use cases, built from whichever adapters the active profiles plugged in. */
@Configuration(proxyBeanMethods = false)
class ApplicationWiring {

    /** UTC, in whole milliseconds: the precision every store keeps and every client sees. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    ChatSettings chatSettings(ChatProperties properties, Environment environment) {
        ChatProperties.Limits limits = properties.limits();
        ChatProperties.Rooms rooms = properties.rooms();
        boolean tokenStoreCheck = properties.auth().tokenStore().enabled() != null
                ? properties.auth().tokenStore().enabled()
                : environment.acceptsProfiles(Profiles.of("redis")) || devTokens(properties, environment);
        return new ChatSettings(new MessagePolicy(limits.maxTextLength()), ReactionPolicy.of(rooms.reactions()),
                limits.idempotencyTtl(), rooms.idleTimeout(), rooms.missedLimit(), rooms.unreadCap(),
                new ActionLimits(ActionLimits.perMinute("messages", limits.messagesPerMinute()),
                        ActionLimits.perMinute("edits", limits.editsPerMinute()),
                        ActionLimits.perMinute("reactions", limits.reactionsPerMinute()),
                        ActionLimits.perMinute("reads", limits.readsPerMinute()),
                        ActionLimits.perMinute("typing", limits.typingPerMinute()),
                        ActionLimits.perMinute("joins", limits.joinsPerMinute()),
                        new RateLimit("requests", limits.requestBurst(), limits.requestsPerSecond(), Duration.ofSeconds(1))),
                tokenStoreCheck, properties.auth().jwt().devTokenTtl());
    }

    @Bean
    RoomService roomService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                            ReadMarkerRepository readMarkers, RecentMessageCache recent,
                            RoomEventBroadcaster broadcaster, UserDirectory directory, ChatSettings settings,
                            Clock clock, PinRepository pins, WebhookEvents webhooks, ModerationRepository moderation) {
        return new RoomService(rooms, messages, reactions, readMarkers, recent, broadcaster, directory, settings, clock,
                pins, webhooks, moderation);
    }

    /**
     * Sends check the room and its mutes against this node's live rooms, and the sender's status against its live
     * connections, before they ask the stores.
     */
    @Bean
    MessageService messageService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                                  ReadMarkerRepository readMarkers, ClientMessageIds clientIds,
                                  RecentMessageCache recent, RoomEventBroadcaster broadcaster, MessageSequencer sequencer,
                                  MessageIds ids, RateLimiter rateLimiter, UserDirectory directory,
                                  ChatSettings settings, ChatMetrics metrics, Clock clock, UserEventBroadcaster userEvents,
                                  WebhookEvents webhooks, ModerationRepository moderation, LiveRooms liveRooms,
                                  LiveConnections liveConnections) {
        return new MessageService(rooms, messages, reactions, readMarkers, clientIds, recent, broadcaster, sequencer, ids,
                rateLimiter, liveConnections.statuses(), directory, settings, metrics, clock, userEvents, webhooks,
                moderation, liveRooms);
    }

    /** Bans, mutes and reports (issue 18). */
    @Bean
    ModerationService moderationService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                                        ModerationRepository moderation, RoomEventBroadcaster broadcaster,
                                        UserDirectory directory, WebhookEvents webhooks, Clock clock) {
        return new ModerationService(rooms, messages, reactions, moderation, broadcaster, directory, webhooks, clock);
    }

    /** Pinned messages (issue 18). */
    @Bean
    PinService pinService(RoomRepository rooms, MessageRepository messages, PinRepository pins,
                          ReactionRepository reactions, RoomEventBroadcaster broadcaster, UserDirectory directory,
                          Clock clock) {
        return new PinService(rooms, messages, pins, reactions, broadcaster, directory, clock);
    }

    @Bean
    LiveConnections liveConnections(Presence presence, RoomMembers members, UserEventBroadcaster userEvents,
                                    UserStatuses statuses, Clock clock) {
        return new LiveConnections(presence, members, userEvents, statuses, clock);
    }

    /** Evictions clean up shared registrations on virtual threads of their own, off the delivering thread. */
    @Bean
    LiveRooms liveRooms(LiveConnections connections, RoomRepository rooms, MessageRepository messages,
                        ReactionRepository reactions, RoomMembers members, RoomEventBroadcaster roomEvents,
                        UserEventBroadcaster userEvents, UserDirectory directory, RateLimiter rateLimiter,
                        UserStatuses statuses, ChatSettings settings, ChatMetrics metrics, Clock clock,
                        ModerationRepository moderation) {
        return new LiveRooms(connections, rooms, messages, reactions, members, roomEvents, userEvents, directory,
                rateLimiter, statuses, settings, metrics,
                clock, task -> Thread.ofVirtual().name("live-background").start(task), moderation);
    }

    @Bean
    UserService userService(Presence presence, UserStatuses statuses, UserEventBroadcaster userEvents,
                            RoomRepository rooms, RoomService roomService, Clock clock) {
        return new UserService(presence, statuses, userEvents, rooms, roomService, clock);
    }

    @Bean
    LiveRoomQueryService liveRoomQueryService(RoomRepository rooms, RoomMembers members, UserDirectory directory,
                                              ReactionRepository reactions, Clock clock) {
        return new LiveRoomQueryService(rooms, members, directory, reactions, clock);
    }

    @Bean
    ProfileService profileService(UserDirectory directory) {
        return new ProfileService(directory);
    }

    /** Dev tokens are on when configured so, and by default only on the embedded default (SPEC §2). */
    static boolean devTokens(ChatProperties properties, Environment environment) {
        return properties.auth().devTokens() != null ? properties.auth().devTokens() : embedded(environment);
    }

    /** Whether the embedded default is running: neither real store is configured. */
    static boolean embedded(Environment environment) {
        return !environment.acceptsProfiles(Profiles.of("scylla | redis"));
    }
}
