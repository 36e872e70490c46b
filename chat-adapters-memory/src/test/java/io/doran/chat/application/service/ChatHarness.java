package io.doran.chat.application.service;

import io.doran.chat.adapters.memory.MemoryClientMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageRepository;
import io.doran.chat.adapters.memory.MemoryPresence;
import io.doran.chat.adapters.memory.MemoryRateLimiter;
import io.doran.chat.adapters.memory.MemoryReactionRepository;
import io.doran.chat.adapters.memory.MemoryReadMarkerRepository;
import io.doran.chat.adapters.memory.MemoryRecentMessageCache;
import io.doran.chat.adapters.memory.MemoryRoomEventBroadcaster;
import io.doran.chat.adapters.memory.MemoryRoomMembers;
import io.doran.chat.adapters.memory.MemoryRoomRepository;
import io.doran.chat.adapters.memory.MemoryTokenStore;
import io.doran.chat.adapters.memory.MemoryUserDirectory;
import io.doran.chat.adapters.memory.MemoryUserEventBroadcaster;
import io.doran.chat.adapters.memory.MemoryUserStatuses;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.out.IssuedToken;
import io.doran.chat.application.port.out.TokenIssuer;
import io.doran.chat.application.port.out.TokenVerifier;
import io.doran.chat.application.port.out.VerifiedToken;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Every service on the memory adapters, with a clock the test moves and a token scheme it controls. */
class ChatHarness {

    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    static final UserId DAVE = UserId.of("dave");

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
    final ChatSettings settings;
    final MemoryRoomRepository rooms = new MemoryRoomRepository();
    final FlakyMessages messages = new FlakyMessages(clock);
    final MemoryReactionRepository reactions = new MemoryReactionRepository();
    final MemoryReadMarkerRepository readMarkers = new MemoryReadMarkerRepository();
    final MemoryClientMessageIds clientIds = new MemoryClientMessageIds(clock);
    final MemoryRecentMessageCache recent = new MemoryRecentMessageCache(20);
    final MemoryRateLimiter rateLimiter = new MemoryRateLimiter(clock);
    final MemoryRoomEventBroadcaster roomEvents = new MemoryRoomEventBroadcaster(Clock.systemUTC(), recent, rateLimiter);
    final MemoryUserEventBroadcaster userEvents = new MemoryUserEventBroadcaster();
    final MemoryUserDirectory directory = new MemoryUserDirectory();
    final MemoryUserStatuses statuses = new MemoryUserStatuses();
    final MemoryPresence presence = new MemoryPresence();
    final MemoryTokenStore tokenStore = new MemoryTokenStore(clock);
    final MemoryMessageIds ids = new MemoryMessageIds(1, clock);
    final MemoryRoomMembers members = new MemoryRoomMembers();
    final io.doran.chat.adapters.memory.MemoryPinRepository pins = new io.doran.chat.adapters.memory.MemoryPinRepository();
    final FakeTokens tokens = new FakeTokens();

    final RoomService roomService;
    final MessageService messageService;
    final LiveConnections connections;
    final LiveRooms liveRooms;
    final AccessService access;
    final UserService users;
    final LiveRoomQueryService liveRoomQuery;
    final ProfileService profiles;

    ChatHarness() {
        this(ChatSettings.defaults());
    }

    ChatHarness(ChatSettings settings) {
        this.settings = settings;
        roomService = new RoomService(rooms, messages, reactions, readMarkers, recent, roomEvents, directory, settings, clock,
                pins);
        messageService = new MessageService(rooms, messages, reactions, readMarkers, clientIds, recent, roomEvents,
                roomEvents, ids, rateLimiter, statuses, directory, settings, clock, userEvents);
        connections = new LiveConnections(presence, members, userEvents, statuses, clock);
        liveRooms = new LiveRooms(connections, rooms, messages, reactions, members, roomEvents, userEvents, directory,
                rateLimiter, statuses, settings, clock, Runnable::run);
        access = new AccessService(tokens, tokens, tokenStore, directory, statuses, rateLimiter, settings, clock);
        users = new UserService(presence, statuses, userEvents, rooms, roomService, clock);
        liveRoomQuery = new LiveRoomQueryService(rooms, members, directory, reactions, clock);
        profiles = new ProfileService(directory);
    }

    RoomView room(UserId creator, UserId... others) {
        return roomService.create(new CreateRoomUseCase.Command(creator, new RoomName("room"), List.of(others),
                Optional.empty(), Visibility.PRIVATE, Optional.empty()));
    }

    RoomView publicRoom(UserId creator, UserId... others) {
        return roomService.create(new CreateRoomUseCase.Command(creator, new RoomName("lobby"), List.of(others),
                Optional.empty(), Visibility.PUBLIC, Optional.empty()));
    }

    static RoomId id(RoomView room) {
        return RoomId.parse(room.roomId());
    }

    MessageView send(UserId sender, RoomView room, String text) {
        clock.advance(Duration.ofMillis(1));
        return messageService.send(new SendMessageUseCase.Command(sender, id(room), "text", text, null, Optional.empty()));
    }

    /**
     * The memory store, whose next writes the test can make fail as a store outage does: {@code lostAnswers} writes
     * land but are answered {@code UNAVAILABLE} (the driver timed out while the write still went through),
     * {@code refusedWrites} are answered {@code UNAVAILABLE} without landing.
     */
    static final class FlakyMessages extends MemoryMessageRepository {
        final AtomicInteger lostAnswers = new AtomicInteger();
        final AtomicInteger refusedWrites = new AtomicInteger();

        FlakyMessages(Clock clock) {
            super(clock);
        }

        @Override
        public void save(Message message, Optional<Instant> expiresAt) {
            if (refusedWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ChatException(ErrorCode.UNAVAILABLE);
            }
            super.save(message, expiresAt);
            if (lostAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ChatException(ErrorCode.UNAVAILABLE);
            }
        }
    }

    /** Tokens are "token-for:{user}:{jti}"; "expired..." and anything else are refused like a real verifier would. */
    static final class FakeTokens implements TokenVerifier, TokenIssuer {
        final Map<String, Instant> issued = new ConcurrentHashMap<>();

        @Override
        public VerifiedToken verify(String rawToken) {
            if (rawToken.startsWith("expired")) {
                throw new ChatException(ErrorCode.EXPIRED_TOKEN);
            }
            String[] parts = rawToken.split(":");
            if (parts.length != 3 || !parts[0].equals("token-for")) {
                throw new ChatException(ErrorCode.INVALID_TOKEN);
            }
            return new VerifiedToken(UserId.of(parts[1]), Optional.of(parts[1].toUpperCase()), Optional.empty(),
                    Optional.empty(), Optional.of(parts[2]), Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Override
        public IssuedToken issue(UserId user, String nickname, Duration ttl) {
            String jti = UUID.randomUUID().toString();
            Instant expiresAt = Instant.parse("2030-01-01T00:00:00Z");
            issued.put(jti, expiresAt);
            return new IssuedToken("token-for:" + user.value() + ":" + jti, jti, expiresAt);
        }
    }
}
