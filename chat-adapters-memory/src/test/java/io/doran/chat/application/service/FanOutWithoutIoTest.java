package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.memory.MemoryClientMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageIds;
import io.doran.chat.adapters.memory.MemoryMessageRepository;
import io.doran.chat.adapters.memory.MemoryModerationRepository;
import io.doran.chat.adapters.memory.MemoryPresence;
import io.doran.chat.adapters.memory.MemoryRateLimiter;
import io.doran.chat.adapters.memory.MemoryReactionRepository;
import io.doran.chat.adapters.memory.MemoryReadMarkerRepository;
import io.doran.chat.adapters.memory.MemoryRecentMessageCache;
import io.doran.chat.adapters.memory.MemoryRoomMembers;
import io.doran.chat.adapters.memory.MemoryRoomRepository;
import io.doran.chat.adapters.memory.MemoryUserDirectory;
import io.doran.chat.adapters.memory.MemoryUserStatuses;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Fan-out does no I/O: a broadcast heard from the broker reaches the local connections without a single call to a
 * store, the directory or a shared registry, whatever the event (SPEC §7). The stores here count their calls; the
 * broker holds what is published until the test lets it go, so that only the fan-out runs while they count. A send
 * into a room live on this node takes the room and its mutes from the node's snapshot, not the store.
 */
class FanOutWithoutIoTest {

    /** Every call made to the counted ports, as "Port.method". */
    final List<String> calls = new CopyOnWriteArrayList<>();
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    final HeldBroker broker = new HeldBroker(calls);
    final HeldUserEvents userEvents = new HeldUserEvents();
    final List<Runnable> background = new CopyOnWriteArrayList<>();

    final RoomRepository rooms = counted(RoomRepository.class, new MemoryRoomRepository());
    final MessageRepository messages = counted(MessageRepository.class, new MemoryMessageRepository(clock));
    final ReactionRepository reactions = counted(ReactionRepository.class, new MemoryReactionRepository());
    final ReadMarkerRepository readMarkers = counted(ReadMarkerRepository.class, new MemoryReadMarkerRepository());
    final ClientMessageIds clientIds = counted(ClientMessageIds.class, new MemoryClientMessageIds(clock));
    final RecentMessageCache recent = counted(RecentMessageCache.class, new MemoryRecentMessageCache(20));
    final MemoryUserDirectory memoryDirectory = new MemoryUserDirectory();
    final UserDirectory directory = counted(UserDirectory.class, memoryDirectory);
    final UserStatuses statuses = counted(UserStatuses.class, new MemoryUserStatuses());
    final Presence presence = counted(Presence.class, new MemoryPresence());
    final RoomMembers members = counted(RoomMembers.class, new MemoryRoomMembers());
    final ChatSettings settings = ChatSettings.defaults();

    final ModerationRepository moderation = counted(ModerationRepository.class, new MemoryModerationRepository());

    final RoomService roomService = new RoomService(rooms, messages, reactions, readMarkers, recent, broker, directory,
            settings, clock, new io.doran.chat.adapters.memory.MemoryPinRepository());
    final LiveConnections connections = new LiveConnections(presence, members, userEvents, statuses, clock);
    final LiveRooms liveRooms = new LiveRooms(connections, rooms, messages, reactions, members, broker, userEvents, directory,
            new MemoryRateLimiter(clock), statuses, settings, ChatMetrics.NONE, clock, background::add, moderation);
    final MessageService messageService = new MessageService(rooms, messages, reactions, readMarkers, clientIds, recent,
            broker, broker, new MemoryMessageIds(1, clock), counted(RateLimiter.class, new MemoryRateLimiter(clock)),
            connections.statuses(), directory,
            settings, ChatMetrics.NONE, clock, userEvents, WebhookEvents.none(), moderation, liveRooms);
    final ModerationService moderationService = new ModerationService(rooms, messages, reactions, moderation, broker,
            directory, WebhookEvents.none(), clock);

    @SuppressWarnings("unchecked")
    <T> T counted(Class<T> port, T target) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                calls.add(port.getSimpleName() + "." + method.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void no_broadcast_makes_a_store_or_directory_call_on_the_node_that_delivers_it() {
        memoryDirectory.remember(new UserProfile(BOB, Optional.of("Bob"), Optional.of("bob@example.com"),
                Optional.of("/media/bob.jpg")));
        RoomView room = roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("room"), List.of(BOB, CAROL),
                Optional.empty(), Visibility.PRIVATE, Optional.empty()));
        RoomId roomId = RoomId.parse(room.roomId());
        LiveRoomsTest.Recorder alice = new LiveRoomsTest.Recorder("a", ALICE);
        LiveRoomsTest.Recorder bob = new LiveRoomsTest.Recorder("b", BOB);
        LiveRoomsTest.Recorder carol = new LiveRoomsTest.Recorder("c", CAROL);
        for (LiveRoomsTest.Recorder connection : List.of(alice, bob, carol)) {
            connections.connect(connection);
            liveRooms.join(connection.id(), roomId, Optional.empty());
        }
        broker.release();
        userEvents.release();
        alice.deliveries.clear();

        MessageView sent = messageService.send(new SendMessageUseCase.Command(BOB, roomId, "text", "hello", null,
                Optional.empty()));
        MessageId messageId = MessageId.parse(sent.messageId());
        messageService.edit(BOB, roomId, messageId, "hello!");
        messageService.react(ALICE, roomId, messageId, "like", true);
        messageService.markRead(ALICE, roomId, messageId);
        liveRooms.typing(bob.id(), roomId, true);
        roomService.rename(ALICE, roomId, new RoomName("renamed"));
        roomService.addParticipant(ALICE, roomId, DAVE, Role.MEMBER);
        roomService.changeRole(ALICE, roomId, BOB, Role.SUB_ADMIN);
        roomService.setDisplayName(BOB, roomId, BOB, new DisplayName("Bobby"));
        roomService.removeParticipant(ALICE, roomId, CAROL);
        messageService.delete(BOB, roomId, messageId);
        liveRooms.leave(bob.id(), roomId);
        connections.connect(new LiveRoomsTest.Recorder("d", DAVE));
        calls.clear();

        broker.release();
        userEvents.release();

        assertThat(calls).as("store and directory calls while fanning out").isEmpty();
        assertThat(alice.updates()).extracting(update -> update.getClass().getSimpleName()).containsExactly(
                "NewMessage", "MessageEdited", "ReactionChanged", "MessageRead", "Typing", "RoomUpdated", "ParticipantAdded",
                "RoleChanged", "DisplayNameChanged", "ParticipantRemoved", "MessageDeleted", "Typing", "UserLeft", "Presence");
        assertThat(alice.updates(LiveUpdate.NewMessage.class)).singleElement().satisfies(message -> {
            assertThat(message.message().displayName()).isEqualTo("Bob");
            assertThat(message.authorEmail()).isEqualTo("bob@example.com");
            assertThat(message.authorPictureUrl()).isEqualTo("/media/bob.jpg");
        });
        assertThat(alice.updates(LiveUpdate.UserLeft.class)).as("named as this node's room knew them: the rename was held")
                .singleElement().satisfies(left -> assertThat(left.displayName()).isEqualTo("Bob"));
        assertThat(alice.updates(LiveUpdate.MessageEdited.class)).singleElement()
                .satisfies(edited -> assertThat(edited.message().content()).isEqualTo("hello!"));
        assertThat(alice.updates(LiveUpdate.DisplayNameChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.displayName()).isEqualTo("Bobby"));
        assertThat(carol.updates(LiveUpdate.RoomLeft.class)).as("the removed participant is taken out").hasSize(1);
        assertThat(carol.updates(LiveUpdate.MessageDeleted.class)).as("and hears nothing after").isEmpty();
        assertThat(background).as("the removal's shared registration is cleaned up off the delivering thread").hasSize(1);
        background.forEach(Runnable::run);
        assertThat(calls).containsExactly("RoomMembers.leave");
    }

    /** Alice (its admin), Bob and Dave in a room that is live on this node, Bob joined; every broadcast so far delivered. */
    RoomId liveGroupWithBob() {
        RoomView room = roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("room"), List.of(BOB, DAVE),
                Optional.empty(), Visibility.PRIVATE, Optional.empty()));
        RoomId roomId = RoomId.parse(room.roomId());
        LiveRoomsTest.Recorder bob = new LiveRoomsTest.Recorder("b", BOB);
        connections.connect(bob);
        liveRooms.join(bob.id(), roomId, Optional.empty());
        broker.release();
        userEvents.release();
        return roomId;
    }

    MessageView send(UserId sender, RoomId roomId) {
        return messageService.send(new SendMessageUseCase.Command(sender, roomId, "text", "hello", null, Optional.empty()));
    }

    @Test
    void a_send_into_a_room_live_on_this_node_reads_neither_the_room_nor_its_mutes_and_writes_the_message_once() {
        RoomId roomId = liveGroupWithBob();
        calls.clear();

        send(BOB, roomId);

        assertThat(calls).as("the send's store calls").doesNotContain("RoomRepository.findById", "ModerationRepository.findMute")
                .filteredOn(call -> call.startsWith("MessageRepository.")).containsExactly("MessageRepository.save");
    }

    /**
     * What a message costs its sender's node (issue 17): one store write and, besides the profile (which the Redis
     * directory keeps for {@code chat.redis.profile-cache-ttl}), two calls to shared stores — on Redis, two round
     * trips: the reservation of its id, which takes the sender's send-limit token in the same script, and the
     * publication, which puts the message in the room's recent window in the same script. Neither the rate limiter
     * nor the cache is called by the service for it.
     */
    @Test
    void a_send_from_a_user_connected_here_into_a_room_live_here_writes_once_and_makes_two_shared_calls() {
        RoomId roomId = liveGroupWithBob();
        calls.clear();

        send(BOB, roomId);

        assertThat(calls).containsExactly("MessageSequencer.reserve(messages:bob)", "MessageRepository.save",
                "UserDirectory.profiles", "Slot.publish");
    }

    @Test
    void a_mute_refuses_sends_from_when_this_node_hears_of_it_until_it_hears_it_lifted() {
        RoomId roomId = liveGroupWithBob();
        moderationService.mute(ALICE, roomId, BOB, 10);
        send(BOB, roomId);
        broker.release();

        RoomServiceTest.refused(ErrorCode.MUTED, () -> send(BOB, roomId));
        moderationService.unmute(ALICE, roomId, BOB);
        send(BOB, roomId);
        broker.release();
        calls.clear();

        send(BOB, roomId);
        assertThat(calls).doesNotContain("RoomRepository.findById", "ModerationRepository.findMute");
    }

    @Test
    void a_send_from_a_user_connected_here_reads_no_status_and_one_heard_of_refuses_their_next_send() {
        RoomId roomId = liveGroupWithBob();
        UserService users = new UserService(presence, statuses, userEvents, rooms, roomService, clock);
        calls.clear();

        send(BOB, roomId);
        assertThat(calls).as("the send's store calls").doesNotContain("UserStatuses.statusOf");

        users.apply(BOB, UserStatus.INACTIVE);
        send(BOB, roomId);
        userEvents.release();
        RoomServiceTest.refused(ErrorCode.USER_INACTIVE, () -> send(BOB, roomId));
        users.apply(BOB, UserStatus.ACTIVE);
        userEvents.release();
        calls.clear();

        send(BOB, roomId);
        assertThat(calls).doesNotContain("UserStatuses.statusOf");
        clock.advance(ConnectedStatuses.REFRESH);
        send(BOB, roomId);
        assertThat(calls).as("read again after a minute, in case an event was lost").containsOnlyOnce("UserStatuses.statusOf");
    }

    @Test
    void a_user_connected_elsewhere_is_checked_in_the_store() {
        RoomId roomId = liveGroupWithBob();
        calls.clear();

        send(DAVE, roomId);

        assertThat(calls).contains("UserStatuses.statusOf");
    }

    @Test
    void a_participant_added_before_this_node_heard_of_it_may_send_and_one_removed_is_refused_once_it_heard() {
        RoomId roomId = liveGroupWithBob();
        roomService.addParticipant(ALICE, roomId, CAROL, Role.MEMBER);

        send(CAROL, roomId);
        roomService.removeParticipant(ALICE, roomId, CAROL);
        broker.release();

        RoomServiceTest.refused(ErrorCode.NOT_A_PARTICIPANT, () -> send(CAROL, roomId));
    }

    /** A broker that holds every broadcast until {@link #release}, then delivers them in order, as a broker thread would. */
    static final class HeldBroker implements RoomEventBroadcaster, MessageSequencer {
        private final Map<RoomId, List<Consumer<RoomBroadcast>>> listeners = new ConcurrentHashMap<>();
        private final List<RoomBroadcast> held = new ArrayList<>();
        /** Where reservations and their publications are counted, as the other ports' calls. */
        private final List<String> calls;

        HeldBroker(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public synchronized void publish(RoomBroadcast broadcast) {
            held.add(broadcast);
        }

        @Override
        public Subscription subscribe(RoomId roomId, Consumer<RoomBroadcast> listener) {
            listeners.computeIfAbsent(roomId, r -> new CopyOnWriteArrayList<>()).add(listener);
            return () -> listeners.get(roomId).remove(listener);
        }

        @Override
        public Reservation reserve(RoomId roomId, MessageId id, Optional<Quota> quota) {
            calls.add("MessageSequencer.reserve" + quota.map(q -> "(" + q.bucket() + ")").orElse(""));
            return new Reserved(new Slot() {
                @Override
                public MessageId id() {
                    return id;
                }

                @Override
                public void publish(RoomBroadcast broadcast) {
                    calls.add("Slot.publish");
                    HeldBroker.this.publish(broadcast);
                }

                @Override
                public void close() {
                }
            });
        }

        void release() {
            List<RoomBroadcast> out;
            synchronized (this) {
                out = List.copyOf(held);
                held.clear();
            }
            for (RoomBroadcast broadcast : out) {
                listeners.getOrDefault(broadcast.event().roomId(), List.of()).forEach(l -> l.accept(broadcast));
            }
        }
    }

    /** User events held until {@link #release}. */
    static final class HeldUserEvents implements UserEventBroadcaster {
        private final Map<UserId, List<Consumer<UserEvent>>> personal = new ConcurrentHashMap<>();
        private final List<Consumer<UserEvent>> everyone = new CopyOnWriteArrayList<>();
        private final List<UserEvent> held = new CopyOnWriteArrayList<>();

        @Override
        public void publish(UserEvent event) {
            held.add(event);
        }

        @Override
        public Subscription subscribe(UserId user, Consumer<UserEvent> listener) {
            personal.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>()).add(listener);
            return () -> personal.get(user).remove(listener);
        }

        @Override
        public Subscription subscribeAll(Consumer<UserEvent> listener) {
            everyone.add(listener);
            return () -> everyone.remove(listener);
        }

        void release() {
            List<UserEvent> out = List.copyOf(held);
            held.clear();
            for (UserEvent event : out) {
                personal.getOrDefault(event.userId(), List.of()).forEach(l -> l.accept(event));
                everyone.forEach(l -> l.accept(event));
            }
        }
    }
}
