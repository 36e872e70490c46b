package io.doran.chat.application.service;

import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.application.port.in.JoinLiveRoomUseCase;
import io.doran.chat.application.port.in.LeaveLiveRoomUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.SendTypingUseCase;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.event.MemberJoined;
import io.doran.chat.domain.event.MemberLeft;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.live.LiveRoom;
import io.doran.chat.domain.live.LiveRoomState;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The live rooms of this node and their lifecycle (000, 002, SPEC §3, §5): connections join and leave rooms,
 * a room opens with its first join and closes after idling for its timeout, typing is announced, and every
 * broadcast heard for a live room, from this node or another, is handed to {@link FanOut}.
 */
public final class LiveRooms implements JoinLiveRoomUseCase, LeaveLiveRoomUseCase, SendTypingUseCase,
        ExpireIdleLiveRoomsUseCase, RoomSnapshots {

    /** A user's "is typing" indicator goes out at most this often per room, however often their client says so. */
    static final Duration TYPING_INDICATOR_EVERY = Duration.ofSeconds(1);

    private final Map<RoomId, Live> liveRooms = new ConcurrentHashMap<>();
    private final ParticipantIndex index = new ParticipantIndex();
    private final LiveConnections connections;
    private final RoomRepository rooms;
    private final MessageRepository messages;
    private final RoomMembers members;
    private final RoomEventBroadcaster broadcaster;
    private final Views views;
    private final RoomPublisher publisher;
    private final FanOut fanOut;
    private final Gatekeeper gatekeeper;
    private final ChatSettings settings;
    private final Clock clock;
    private final ModerationRepository moderation;

    public LiveRooms(LiveConnections connections, RoomRepository rooms, MessageRepository messages,
                     ReactionRepository reactions, RoomMembers members, RoomEventBroadcaster broadcaster,
                     UserEventBroadcaster userEvents, UserDirectory directory, RateLimiter rateLimiter,
                     UserStatuses statuses, ChatSettings settings, Clock clock, Executor background) {
        this(connections, rooms, messages, reactions, members, broadcaster, userEvents, directory, rateLimiter, statuses,
                settings, ChatMetrics.NONE, clock, background, null);
    }

    public LiveRooms(LiveConnections connections, RoomRepository rooms, MessageRepository messages,
                     ReactionRepository reactions, RoomMembers members, RoomEventBroadcaster broadcaster,
                     UserEventBroadcaster userEvents, UserDirectory directory, RateLimiter rateLimiter,
                     UserStatuses statuses, ChatSettings settings, ChatMetrics metrics, Clock clock,
                     Executor background, ModerationRepository moderation) {
        this.connections = connections;
        this.rooms = rooms;
        this.messages = messages;
        this.members = members;
        this.broadcaster = broadcaster;
        this.views = new Views(directory, reactions, messages);
        this.publisher = new RoomPublisher(broadcaster, views, WebhookEvents.none());
        this.fanOut = new FanOut(connections, members, index, liveRooms::get, background, metrics, clock);
        this.gatekeeper = new Gatekeeper(rateLimiter, statuses);
        this.settings = settings;
        this.clock = clock;
        this.moderation = moderation;
        connections.whenDisconnected(this::leaveAll);
        userEvents.subscribeAll(fanOut::onUserEvent);
    }

    @Override
    public Joined join(ConnectionId connectionId, RoomId roomId, Optional<MessageId> lastMessageId) {
        Connected connected = connections.require(connectionId);
        UserId user = connected.userId();
        gatekeeper.throttle(user, settings.limits().joins());
        ChatRoom room = load(roomId);
        room.requireParticipant(user);
        Instant now = clock.instant();
        room.requireOpen(now);
        while (!open(roomId).join(connected.connection(), user, now)) {
            liveRooms.computeIfPresent(roomId, (id, live) -> live.state() == LiveRoomState.CLOSED ? null : live);
        }
        connected.rooms().add(roomId);
        RoomMembers.Membership membership = members.join(roomId, user, connectionId);
        if (membership.changed()) {
            publisher.publish(room, new MemberJoined(roomId, user, membership.memberCount(), now));
        }
        if (lastMessageId.isEmpty()) {
            return new Joined(roomId.toString(), membership.memberCount(), List.of(), false);
        }
        MessagePage missed = messages.page(roomId, new HistoryCursor.After(lastMessageId.get()), settings.missedLimit());
        List<MessageView> oldestFirst = new ArrayList<>(views.messages(room, missed.messages(), Optional.of(user)));
        Collections.reverse(oldestFirst);
        return new Joined(roomId.toString(), membership.memberCount(), oldestFirst, missed.hasMore());
    }

    @Override
    public void leave(ConnectionId connectionId, RoomId roomId) {
        Connected connected = connections.require(connectionId);
        if (!connected.rooms().contains(roomId)) {
            load(roomId).requireParticipant(connected.userId());
            throw ChatException.because(ErrorCode.NOT_JOINED, ErrorReason.LEAVE_NOT_JOINED);
        }
        gatekeeper.throttle(connected.userId(), settings.limits().joins());
        leaveRoom(connected, roomId);
    }

    /**
     * Typing (002): the others hear that the user is typing at most once per {@link #TYPING_INDICATOR_EVERY} in a
     * room, however often the client says so (stopping in between included), and that they stopped only if they
     * were told the user was typing.
     */
    @Override
    public void typing(ConnectionId connectionId, RoomId roomId, boolean isTyping) {
        Connected connected = connections.require(connectionId);
        requireJoined(connected, roomId);
        gatekeeper.throttle(connected.userId(), settings.limits().typing());
        Instant now = clock.instant();
        boolean announce;
        if (isTyping) {
            Instant last = connected.typingAnnounced().get(roomId);
            announce = last == null || !now.isBefore(last.plus(TYPING_INDICATOR_EVERY));
            if (announce) {
                connected.typingAnnounced().put(roomId, now);
                connected.typingIn().put(roomId, now);
            }
        } else {
            announce = connected.typingIn().remove(roomId) != null;
        }
        Live live = liveRooms.get(roomId);
        if (announce && live != null && live.snapshot() != null) {
            publisher.publish(live.snapshot(), new TypingChanged(roomId, connected.userId(), isTyping, now));
        }
    }

    @Override
    public int expireIdleRooms() {
        Instant now = clock.instant();
        int closed = 0;
        for (Live live : liveRooms.values()) {
            if (live.closeIfIdle(now)) {
                live.unsubscribe();
                liveRooms.remove(live.roomId(), live);
                closed++;
            }
        }
        return closed;
    }

    /** How many live rooms this node has in each state (metrics: live rooms by state, SPEC §9). */
    public Map<LiveRoomState, Integer> liveRoomsByState() {
        Map<LiveRoomState, Integer> counts = new EnumMap<>(LiveRoomState.class);
        for (Live live : liveRooms.values()) {
            counts.merge(live.state(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The live room, opened when it is not: subscribed to the room's broadcasts first and then loaded, so that
     * no change made meanwhile is missed. Concurrent joiners wait for the one that opens it.
     */
    private Live open(RoomId roomId) {
        Live live = liveRooms.get(roomId);
        if (live == null) {
            Live fresh = new Live(new LiveRoom(roomId, settings.idleTimeout()), index);
            live = liveRooms.putIfAbsent(roomId, fresh);
            if (live == null) {
                try {
                    fresh.subscribed(broadcaster.subscribe(roomId, broadcast -> fanOut.onBroadcast(fresh, broadcast)));
                    fresh.loaded(load(roomId), Optional.ofNullable(moderation).map(store -> store.mutes(roomId)));
                    fresh.opened();
                } catch (RuntimeException e) {
                    liveRooms.remove(roomId, fresh);
                    fresh.unsubscribe();
                    fresh.failed(e);
                    throw e;
                }
                return fresh;
            }
        }
        live.awaitOpened();
        return live;
    }

    @Override
    public Optional<RoomSnapshot> current(RoomId roomId) {
        Live live = liveRooms.get(roomId);
        return live == null ? Optional.empty() : live.current();
    }

    /** A connection leaves every room it joined (it disconnected). */
    private void leaveAll(Connected connected) {
        for (RoomId roomId : Set.copyOf(connected.rooms())) {
            leaveRoom(connected, roomId);
        }
    }

    private void leaveRoom(Connected connected, RoomId roomId) {
        connected.rooms().remove(roomId);
        connected.typingAnnounced().remove(roomId);
        UserId user = connected.userId();
        Instant now = clock.instant();
        Live live = liveRooms.get(roomId);
        ChatRoom snapshot = live == null ? null : live.snapshot();
        if (connected.typingIn().remove(roomId) != null && snapshot != null) {
            publisher.publish(snapshot, new TypingChanged(roomId, user, false, now));
        }
        if (live == null) {
            return;
        }
        live.leave(connected.id(), now);
        RoomMembers.Membership membership = members.leave(roomId, user, connected.id());
        if (membership.changed() && snapshot != null) {
            publisher.publish(snapshot, new MemberLeft(roomId, user, membership.memberCount(), now));
        }
    }

    /**
     * Typing and leaving are for rooms this connection joined: a room that does not exist is
     * {@code ROOM_NOT_FOUND}, one the user is not in {@code NOT_A_PARTICIPANT}, else {@code NOT_JOINED}.
     */
    private void requireJoined(Connected connected, RoomId roomId) {
        if (connected.rooms().contains(roomId)) {
            return;
        }
        load(roomId).requireParticipant(connected.userId());
        throw new ChatException(ErrorCode.NOT_JOINED);
    }

    private ChatRoom load(RoomId roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new ChatException(ErrorCode.ROOM_NOT_FOUND));
    }
}
