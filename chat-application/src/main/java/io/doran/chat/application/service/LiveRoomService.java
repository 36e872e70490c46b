package io.doran.chat.application.service;

import io.doran.chat.application.port.in.ConnectUseCase;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.DisconnectUseCase;
import io.doran.chat.application.port.in.ExpireIdleLiveRoomsUseCase;
import io.doran.chat.application.port.in.JoinLiveRoomUseCase;
import io.doran.chat.application.port.in.KeepPresenceAliveUseCase;
import io.doran.chat.application.port.in.LeaveLiveRoomUseCase;
import io.doran.chat.application.port.in.LiveConnection;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.SendTypingUseCase;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.DisplayNameChanged;
import io.doran.chat.domain.event.MemberJoined;
import io.doran.chat.domain.event.MemberLeft;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.MessageRead;
import io.doran.chat.domain.event.NotificationPushed;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.PresenceChanged;
import io.doran.chat.domain.event.ReactionChanged;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.RoomCreated;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.RoomRenamed;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.event.UserStatusChanged;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.live.LiveRoom;
import io.doran.chat.domain.live.LiveRoomState;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.user.NicknameMask;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live rooms on this node (000, 002, SPEC §5): connections join and leave rooms, the lifecycle of each
 * {@link LiveRoom} is driven here, and every room event heard from the broadcaster (from this node or
 * another) is turned into one {@link Delivery} for the room's local connections. Room sync: changes
 * made through REST reach live rooms at once because they arrive as the same events.
 */
public final class LiveRoomService implements ConnectUseCase, DisconnectUseCase, JoinLiveRoomUseCase,
        LeaveLiveRoomUseCase, SendTypingUseCase, ExpireIdleLiveRoomsUseCase, KeepPresenceAliveUseCase {

    private final RoomRepository rooms;
    private final MessageRepository messages;
    private final Presence presence;
    private final RoomMembers members;
    private final RoomEventBroadcaster roomEvents;
    private final UserEventBroadcaster userEvents;
    private final UserStatuses statuses;
    private final Views views;
    private final ChatSettings settings;
    private final Clock clock;
    private final Map<ConnectionId, Connected> connections = new ConcurrentHashMap<>();
    private final Map<RoomId, Live> liveRooms = new ConcurrentHashMap<>();

    public LiveRoomService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                           Presence presence, RoomMembers members, RoomEventBroadcaster roomEvents,
                           UserEventBroadcaster userEvents,
                           UserStatuses statuses, UserDirectory directory, ChatSettings settings, Clock clock) {
        this.rooms = rooms;
        this.messages = messages;
        this.presence = presence;
        this.members = members;
        this.roomEvents = roomEvents;
        this.userEvents = userEvents;
        this.statuses = statuses;
        this.views = new Views(directory, reactions);
        this.settings = settings;
        this.clock = clock;
        userEvents.subscribeAll(this::onAnyUserEvent);
    }

    // --- connections -------------------------------------------------------------------------------

    @Override
    public void connect(LiveConnection connection) {
        if (!statuses.statusOf(connection.userId()).mayConnect()) {
            throw new ChatException(ErrorCode.USER_SUSPENDED);
        }
        Subscription personal = userEvents.subscribe(connection.userId(), event -> onUserEvent(connection, event));
        if (connections.putIfAbsent(connection.id(), new Connected(connection, personal)) != null) {
            personal.close();
            throw new IllegalStateException("connection " + connection.id() + " is already connected");
        }
        Instant now = clock.instant();
        if (presence.connected(connection.userId(), connection.id(), now)) {
            userEvents.publish(new PresenceChanged(connection.userId(), true, now));
        }
    }

    @Override
    public void disconnect(ConnectionId connectionId) {
        Connected connected = connections.remove(connectionId);
        if (connected == null) {
            return;
        }
        connected.personal().close();
        for (RoomId roomId : Set.copyOf(connected.rooms())) {
            leaveRoom(connected, roomId);
        }
        Instant now = clock.instant();
        UserId user = connected.connection().userId();
        if (presence.disconnected(user, connectionId, now)) {
            userEvents.publish(new PresenceChanged(user, false, now));
        }
    }

    // --- rooms -------------------------------------------------------------------------------------

    @Override
    public Joined join(ConnectionId connectionId, RoomId roomId, Optional<MessageId> lastMessageId) {
        Connected connected = connected(connectionId);
        UserId user = connected.connection().userId();
        ChatRoom room = rooms.findById(roomId).orElseThrow(() -> new ChatException(ErrorCode.ROOM_NOT_FOUND));
        room.requireParticipant(user);
        Instant now = clock.instant();
        room.requireOpen(now);
        while (true) {
            Live live = liveRooms.computeIfAbsent(roomId, id -> open(room));
            synchronized (live) {
                if (live.room().state() == LiveRoomState.CLOSED) {
                    liveRooms.remove(roomId, live);
                    continue;
                }
                live.room().join(connectionId, user, now);
                live.snapshot(room);
            }
            break;
        }
        connected.rooms().add(roomId);
        RoomMembers.Membership membership = members.join(roomId, user, connectionId);
        int memberCount = membership.memberCount();
        if (membership.changed()) {
            roomEvents.publish(new MemberJoined(roomId, user, memberCount, now));
        }
        if (lastMessageId.isEmpty()) {
            return new Joined(roomId.toString(), memberCount, List.of(), false);
        }
        MessagePage missed = messages.page(roomId, new HistoryCursor.After(lastMessageId.get()), settings.missedLimit());
        List<MessageView> oldestFirst = new ArrayList<>(views.messages(room, missed.messages(), Optional.of(user)));
        Collections.reverse(oldestFirst);
        return new Joined(roomId.toString(), memberCount, oldestFirst, missed.hasMore());
    }

    @Override
    public void leave(ConnectionId connectionId, RoomId roomId) {
        Connected connected = connected(connectionId);
        if (!connected.rooms().contains(roomId)) {
            throw new ChatException(ErrorCode.NOT_A_PARTICIPANT);
        }
        leaveRoom(connected, roomId);
    }

    @Override
    public void typing(ConnectionId connectionId, RoomId roomId, boolean isTyping) {
        Connected connected = connected(connectionId);
        if (!connected.rooms().contains(roomId)) {
            throw new ChatException(ErrorCode.NOT_A_PARTICIPANT);
        }
        boolean changed = isTyping ? connected.typingIn().add(roomId) : connected.typingIn().remove(roomId);
        if (changed || isTyping) {
            roomEvents.publish(new TypingChanged(roomId, connected.connection().userId(), isTyping, clock.instant()));
        }
    }

    @Override
    public int expireIdleRooms() {
        Instant now = clock.instant();
        int closed = 0;
        for (Live live : liveRooms.values()) {
            synchronized (live) {
                if (live.room().expireIfIdle(now)) {
                    live.subscription().close();
                    live.room().close();
                    liveRooms.remove(live.room().roomId(), live);
                    closed++;
                }
            }
        }
        return closed;
    }

    @Override
    public void keepPresenceAlive() {
        Instant now = clock.instant();
        for (Connected connected : connections.values()) {
            UserId user = connected.connection().userId();
            presence.heartbeat(user, connected.connection().id(), now);
            for (RoomId roomId : connected.rooms()) {
                members.heartbeat(roomId, user, connected.connection().id());
            }
        }
    }

    /** How many live rooms this node has in each state (metrics: live rooms by state, SPEC §9). */
    public Map<LiveRoomState, Integer> liveRoomsByState() {
        Map<LiveRoomState, Integer> counts = new EnumMap<>(LiveRoomState.class);
        for (Live live : liveRooms.values()) {
            synchronized (live) {
                counts.merge(live.room().state(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void leaveRoom(Connected connected, RoomId roomId) {
        connected.rooms().remove(roomId);
        UserId user = connected.connection().userId();
        Instant now = clock.instant();
        if (connected.typingIn().remove(roomId)) {
            roomEvents.publish(new TypingChanged(roomId, user, false, now));
        }
        Live live = liveRooms.get(roomId);
        if (live == null) {
            return;
        }
        synchronized (live) {
            live.room().leave(connected.connection().id(), now);
        }
        RoomMembers.Membership membership = members.leave(roomId, user, connected.connection().id());
        if (membership.changed()) {
            roomEvents.publish(new MemberLeft(roomId, user, membership.memberCount(), now));
        }
    }

    private Live open(ChatRoom room) {
        LiveRoom liveRoom = new LiveRoom(room.id(), settings.idleTimeout());
        Live live = new Live(liveRoom);
        live.snapshot(room);
        live.subscription(roomEvents.subscribe(room.id(), event -> onRoomEvent(live, event)));
        return live;
    }

    private Connected connected(ConnectionId connectionId) {
        Connected connected = connections.get(connectionId);
        if (connected == null) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
        return connected;
    }

    // --- fan-out -----------------------------------------------------------------------------------

    /** One room event in, one delivery out to the right local connections. */
    private void onRoomEvent(Live live, RoomEvent event) {
        ChatRoom room = refreshedSnapshot(live, event);
        List<ConnectionId> recipients;
        synchronized (live) {
            recipients = switch (event) {
                case TypingChanged typing -> othersThan(live, typing.userId());
                case MemberJoined joined -> othersThan(live, joined.userId());
                default -> List.copyOf(live.room().connections());
            };
        }
        Optional<LiveUpdate> update = toUpdate(room, event);
        if (update.isPresent()) {
            deliver(recipients, new Delivery(update.get()));
        }
        switch (event) {
            case ParticipantRemoved removed -> evict(live, connectionsOf(live, removed.userId()));
            case RoomDeleted deleted -> evict(live, allConnections(live));
            default -> {
            }
        }
    }

    private ChatRoom refreshedSnapshot(Live live, RoomEvent event) {
        boolean roomChanged = event instanceof RoomRenamed || event instanceof ParticipantAdded
                || event instanceof ParticipantRemoved || event instanceof RoleChanged
                || event instanceof DisplayNameChanged;
        if (roomChanged) {
            rooms.findById(event.roomId()).ifPresent(live::snapshot);
        }
        return live.snapshot();
    }

    /** Takes connections out of the live room (removed participant, deleted room) and tells them. */
    private void evict(Live live, Collection<ConnectionId> evicted) {
        Instant now = clock.instant();
        Delivery left = new Delivery(new LiveUpdate.RoomLeft(live.room().roomId().toString()));
        for (ConnectionId connectionId : evicted) {
            UserId user;
            synchronized (live) {
                user = live.room().userOf(connectionId).orElse(null);
                live.room().leave(connectionId, now);
            }
            if (user != null) {
                members.leave(live.room().roomId(), user, connectionId);
            }
            Connected connected = connections.get(connectionId);
            if (connected != null) {
                connected.rooms().remove(live.room().roomId());
                connected.typingIn().remove(live.room().roomId());
                connected.connection().deliver(left);
            }
        }
    }

    private static List<ConnectionId> connectionsOf(Live live, UserId user) {
        synchronized (live) {
            return List.copyOf(live.room().connectionsOf(user));
        }
    }

    private static List<ConnectionId> allConnections(Live live) {
        synchronized (live) {
            return List.copyOf(live.room().connections());
        }
    }

    private static List<ConnectionId> othersThan(Live live, UserId user) {
        synchronized (live) {
            return live.room().connections().stream()
                    .filter(c -> live.room().userOf(c).filter(user::equals).isEmpty()).toList();
        }
    }

    private void deliver(Collection<ConnectionId> recipients, Delivery delivery) {
        for (ConnectionId id : recipients) {
            Connected connected = connections.get(id);
            if (connected != null) {
                connected.connection().deliver(delivery);
            }
        }
    }

    private Optional<LiveUpdate> toUpdate(ChatRoom room, RoomEvent event) {
        String roomId = event.roomId().toString();
        return Optional.ofNullable(switch (event) {
            case MessagePosted posted -> new LiveUpdate.NewMessage(views.posted(room, posted.message()));
            case MessageEdited edited -> new LiveUpdate.MessageEdited(views.message(room, edited.message()));
            case MessageDeleted deleted -> new LiveUpdate.MessageDeleted(roomId, deleted.message().id().asString(),
                    deleted.by().value());
            case ReactionChanged reaction -> new LiveUpdate.ReactionChanged(roomId, reaction.messageId().asString(),
                    reaction.userId().value(), reaction.kind().value(), reaction.on());
            case MessageRead read -> new LiveUpdate.MessageRead(roomId, read.userId().value(), read.messageId().asString());
            case TypingChanged typing -> new LiveUpdate.Typing(roomId, typing.userId().value(),
                    NicknameMask.of(views.displayName(room, typing.userId())), typing.typing());
            case MemberJoined joined -> new LiveUpdate.UserJoined(roomId, joined.userId().value(),
                    NicknameMask.of(views.displayName(room, joined.userId())), joined.memberCount());
            case MemberLeft left -> new LiveUpdate.UserLeft(roomId, left.userId().value(), left.memberCount());
            case RoomRenamed renamed -> new LiveUpdate.RoomUpdated(roomId, renamed.name().value());
            case ParticipantAdded added -> new LiveUpdate.ParticipantAdded(roomId, views.participant(room, added.participant()));
            case ParticipantRemoved removed -> new LiveUpdate.ParticipantRemoved(roomId, removed.userId().value(),
                    removed.by().value());
            case RoleChanged role -> new LiveUpdate.RoleChanged(roomId, role.userId().value(), role.role().wireName());
            case DisplayNameChanged name -> new LiveUpdate.DisplayNameChanged(roomId, name.userId().value(),
                    views.displayName(room, name.userId()));
            case RoomDeleted deleted -> new LiveUpdate.RoomDeleted(roomId);
            case RoomCreated created -> null;
        });
    }

    /**
     * Presence (002, 004): when a user comes online or goes offline anywhere, the local connections of
     * the live rooms they participate in hear it once each, the user's own connections excepted.
     */
    private void onAnyUserEvent(UserEvent event) {
        if (!(event instanceof PresenceChanged presenceChanged) || liveRooms.isEmpty()) {
            return;
        }
        Set<ConnectionId> recipients = new LinkedHashSet<>();
        for (ChatRoom room : rooms.findByParticipant(presenceChanged.userId())) {
            Live live = liveRooms.get(room.id());
            if (live != null) {
                recipients.addAll(othersThan(live, presenceChanged.userId()));
            }
        }
        if (!recipients.isEmpty()) {
            deliver(recipients, new Delivery(new LiveUpdate.Presence(presenceChanged.userId().value(),
                    presenceChanged.online())));
        }
    }

    private void onUserEvent(LiveConnection connection, UserEvent event) {
        switch (event) {
            case NotificationPushed notification -> connection.deliver(new Delivery(
                    new LiveUpdate.Notification(notification.type(), notification.message(), notification.link())));
            case UserStatusChanged status when !status.status().mayConnect() ->
                    connection.close(ErrorCode.USER_SUSPENDED);
            default -> {
            }
        }
    }

    /** A local connection: what it joined and where it is typing. */
    private record Connected(LiveConnection connection, Subscription personal, Set<RoomId> rooms, Set<RoomId> typingIn) {
        Connected(LiveConnection connection, Subscription personal) {
            this(connection, personal, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
        }
    }

    /** A live room of this node, the room's last known state for views, and its event subscription. */
    private static final class Live {
        private final LiveRoom room;
        private volatile ChatRoom snapshot;
        private volatile Subscription subscription;

        Live(LiveRoom room) {
            this.room = room;
        }

        LiveRoom room() {
            return room;
        }

        ChatRoom snapshot() {
            return snapshot;
        }

        void snapshot(ChatRoom room) {
            this.snapshot = room;
        }

        Subscription subscription() {
            return subscription;
        }

        void subscription(Subscription subscription) {
            this.subscription = subscription;
        }
    }
}
