package io.doran.chat.application.service;

import io.doran.chat.application.port.in.AddParticipantUseCase;
import io.doran.chat.application.port.in.ChangeRoleUseCase;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.DeleteRoomUseCase;
import io.doran.chat.application.port.in.GetRoomUseCase;
import io.doran.chat.application.port.in.JoinRoomUseCase;
import io.doran.chat.application.port.in.ListMyRoomsUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.RemoveFromRoomByServiceUseCase;
import io.doran.chat.application.port.in.RemoveParticipantUseCase;
import io.doran.chat.application.port.in.RenameRoomUseCase;
import io.doran.chat.application.port.in.RoomSummaryView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SetDisplayNameUseCase;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoomCreated;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The room use cases (000, 001): create, list, look at, rename, delete, and manage participants.
 *
 * <p>Rooms created and deleted are logged at INFO through the JDK's {@link System.Logger}: only this service
 * sees every deletion (by an admin, by the last participant leaving, by another service removing a user), and
 * the JDK's logger keeps the application free of logging libraries. The running application routes it to its
 * own logging, on the caller's thread, so a line carries the request's user and room like any other.
 */
public final class RoomService implements CreateRoomUseCase, ListMyRoomsUseCase, GetRoomUseCase, RenameRoomUseCase,
        DeleteRoomUseCase, AddParticipantUseCase, RemoveParticipantUseCase, ChangeRoleUseCase, SetDisplayNameUseCase,
        RemoveFromRoomByServiceUseCase, JoinRoomUseCase {

    private static final System.Logger log = System.getLogger(RoomService.class.getName());

    private final RoomRepository rooms;
    private final RoomUpdates updates;
    private final MessageRepository messages;
    private final ReactionRepository reactions;
    private final ReadMarkerRepository readMarkers;
    private final RecentMessageCache recent;
    private final RoomPublisher publisher;
    private final ModerationChecks moderation;
    private final Views views;
    private final ChatSettings settings;
    private final Clock clock;
    private final PinRepository pins;

    /** {@code pins}: a deleted room's pins go with it (issue 18). */
    public RoomService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                       ReadMarkerRepository readMarkers, RecentMessageCache recent, RoomEventBroadcaster broadcaster,
                       UserDirectory directory, ChatSettings settings, Clock clock, PinRepository pins) {
        this(rooms, messages, reactions, readMarkers, recent, broadcaster, directory, settings, clock, pins,
                WebhookEvents.none(), null);
    }

    /**
     * As the other constructor, with the webhook receivers to tell what happened and the bans (issue 18) that keep
     * users out.
     */
    public RoomService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                       ReadMarkerRepository readMarkers, RecentMessageCache recent, RoomEventBroadcaster broadcaster,
                       UserDirectory directory, ChatSettings settings, Clock clock, PinRepository pins,
                       WebhookEvents webhooks, ModerationRepository moderation) {
        this.pins = pins;
        this.rooms = rooms;
        this.moderation = moderation == null ? ModerationChecks.none() : new ModerationChecks(moderation, clock);
        this.updates = new RoomUpdates(rooms);
        this.messages = messages;
        this.reactions = reactions;
        this.readMarkers = readMarkers;
        this.recent = recent;
        this.views = new Views(directory, reactions, messages);
        this.publisher = new RoomPublisher(broadcaster, views, webhooks);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RoomView create(Command command) {
        Instant now = clock.instant();
        ChatRoom room = ChatRoom.create(RoomId.random(), command.creator(), command.name(), command.participantIds(),
                command.visibility(), command.admission(), command.postId().orElse(null), command.ttl().orElse(null),
                now);
        rooms.insert(room);
        publisher.publish(room, new RoomCreated(room.id(), command.creator(), now));
        log.log(System.Logger.Level.INFO, "Room {0} created by {1} with {2} participants", room.id(),
                command.creator().value(), room.userCount());
        return views.room(room);
    }

    @Override
    public List<RoomSummaryView> listRooms(UserId caller) {
        return rooms.findByParticipant(caller).stream()
                .map(room -> summary(room, caller))
                .sorted(Comparator.comparing(RoomSummaryView::lastActivityAt).reversed()
                        .thenComparing(RoomSummaryView::roomId))
                .toList();
    }

    @Override
    public RoomView getRoom(Optional<UserId> viewer, RoomId roomId) {
        ChatRoom room = updates.load(roomId);
        if (!room.isReadableBy(viewer)) {
            throw new ChatException(ErrorCode.NOT_A_PARTICIPANT);
        }
        return views.room(room);
    }

    @Override
    public RoomView rename(UserId actor, RoomId roomId, RoomName name) {
        return changeAndPublish(roomId, room -> List.of(room.rename(actor, name, clock.instant())));
    }

    @Override
    public void delete(UserId actor, RoomId roomId) {
        ChatRoom room = updates.load(roomId);
        RoomDeleted deleted = room.delete(actor, clock.instant());
        forget(room.id());
        publisher.publish(room, deleted);
        log.log(System.Logger.Level.INFO, "Room {0} deleted by {1}", room.id(), actor.value());
    }

    @Override
    public RoomView addParticipant(UserId actor, RoomId roomId, UserId newcomer, Role role) {
        moderation.requireNotBanned(roomId, newcomer);
        return changeAndPublish(roomId, room -> List.of(room.addParticipant(actor, newcomer, role, clock.instant())));
    }

    /** Loads first, so that the many posts of a participant to an open room (001) write nothing. */
    @Override
    public RoomView join(UserId user, RoomId roomId) {
        ChatRoom room = updates.load(roomId);
        if (room.isParticipant(user)) {
            return views.room(room);
        }
        moderation.requireNotBanned(roomId, user);
        return changeAndPublish(roomId, fresh -> fresh.join(user, clock.instant()).stream().toList());
    }

    @Override
    public void removeParticipant(UserId actor, RoomId roomId, UserId target) {
        changeAndPublish(roomId, room -> room.removeParticipant(actor, target, clock.instant()));
    }

    @Override
    public void removeFromRoom(RoomId roomId, UserId user) {
        changeAndPublish(roomId, room -> room.removeBySystem(user, clock.instant()));
    }

    @Override
    public RoomView changeRole(UserId actor, RoomId roomId, UserId target, Role role) {
        return changeAndPublish(roomId, room -> List.of(room.changeRole(actor, target, role, clock.instant())));
    }

    @Override
    public RoomView setDisplayName(UserId actor, RoomId roomId, UserId target, DisplayName displayName) {
        return changeAndPublish(roomId, room -> List.of(room.setDisplayName(actor, target, displayName, clock.instant())));
    }

    /** Changes the room, publishes what happened, and deletes the room when the change emptied it. */
    private RoomView changeAndPublish(RoomId roomId, Function<ChatRoom, List<? extends RoomEvent>> change) {
        RoomUpdates.Changed<List<? extends RoomEvent>> changed = updates.update(roomId, change);
        if (changed.room().isEmpty()) {
            forget(roomId);
        }
        publisher.publish(changed.room(), changed.result());
        changed.result().forEach(RoomService::logMembership);
        if (changed.room().isEmpty()) {
            log.log(System.Logger.Level.INFO, "Room {0} deleted: its last participant left", roomId);
        }
        return views.room(changed.room());
    }

    /** Who came into a room and who left it, at INFO (SPEC §9). */
    private static void logMembership(RoomEvent event) {
        switch (event) {
            case ParticipantAdded added when added.participant().userId().equals(added.by()) -> log.log(
                    System.Logger.Level.INFO, "User {0} joined room {1}", added.by().value(), added.roomId());
            case ParticipantAdded added -> log.log(System.Logger.Level.INFO, "User {0} added to room {1} by {2}",
                    added.participant().userId().value(), added.roomId(), added.by().value());
            case ParticipantRemoved removed when removed.userId().equals(removed.by()) -> log.log(
                    System.Logger.Level.INFO, "User {0} left room {1}", removed.userId().value(), removed.roomId());
            case ParticipantRemoved removed -> log.log(System.Logger.Level.INFO, "User {0} removed from room {1} by {2}",
                    removed.userId().value(), removed.roomId(), removed.by().value());
            default -> {
            }
        }
    }

    private void forget(RoomId roomId) {
        rooms.delete(roomId);
        messages.deleteRoom(roomId);
        reactions.deleteRoom(roomId);
        readMarkers.deleteRoom(roomId);
        pins.deleteRoom(roomId);
        recent.evict(roomId);
        moderation.forget(roomId);
    }

    private RoomSummaryView summary(ChatRoom room, UserId caller) {
        Optional<Message> last = messages.latest(room.id());
        Optional<MessageView> lastView = last.map(m -> views.messages(room, List.of(m), Optional.of(caller)).getFirst());
        Optional<MessageId> marker = readMarkers.find(room.id(), caller).map(ReadMarker::lastRead);
        int unread = messages.countAfter(room.id(), marker, caller, settings.unreadCap());
        int mentions = messages.countMentionsAfter(room.id(), marker, caller, settings.unreadCap());
        Instant activity = last.map(Message::createdAt).filter(t -> t.isAfter(room.createdAt())).orElse(room.createdAt());
        return new RoomSummaryView(room.id().toString(), room.name().value(), room.visibility().wireName(),
                room.postId().map(Object::toString).orElse(null), room.userCount(), lastView.orElse(null), unread,
                activity, room.expiresAt().orElse(null), room.createdAt(), mentions);
    }
}
