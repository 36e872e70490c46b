package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.event.DisplayNameChanged;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePinned;
import io.doran.chat.domain.event.MessageUnpinned;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.RoomRenamed;
import io.doran.chat.domain.event.UserBanned;
import io.doran.chat.domain.event.UserMuted;
import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.ModerationReason;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageBody;
import io.doran.chat.domain.message.MessageContent;
import io.doran.chat.domain.message.MentionTokens;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A chat room and its participants (000, 001, 002): the aggregate that decides who may do what in a
 * room. Every mutator checks the actor's permission against {@link Permissions} and returns the events
 * that say what happened. A room carries the version it was loaded at, so a store can refuse a write
 * that lost a race with another.
 */
public final class ChatRoom {

    /** The author of system notices posted through the internal API (004). */
    public static final UserId SYSTEM_USER = UserId.of("system");
    /** Rooms created with at least this many participants get their creator as admin (000). */
    public static final int ADMIN_THRESHOLD = 3;
    /** How many messages a room keeps pinned at most (issue 18). */
    public static final int MAX_PINS = 50;

    private final RoomId id;
    private RoomName name;
    private final Visibility visibility;
    private final Admission admission;
    private final PostId postId;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Map<UserId, Participant> participants = new LinkedHashMap<>();
    private final long version;

    private ChatRoom(RoomId id, RoomName name, Visibility visibility, Admission admission, PostId postId,
                     UserId createdBy, Instant createdAt, Instant expiresAt, Collection<Participant> participants,
                     long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.postId = postId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        participants.stream().sorted(Participant.SENIORITY).forEach(p -> this.participants.put(p.userId(), p));
        this.version = version;
    }

    /**
     * A new room of {@code creator} and the distinct {@code invitees} (000, 001). With three or more
     * participants the creator becomes admin and everyone else member; a smaller room has no admin.
     * A {@code ttl} makes the room expire (002). The room is invite-only.
     */
    public static ChatRoom create(RoomId id, UserId creator, RoomName name, Collection<UserId> invitees,
                                  Visibility visibility, PostId postId, Duration ttl, Instant now) {
        return create(id, creator, name, invitees, visibility, Admission.INVITE_ONLY, postId, ttl, now);
    }

    /** As {@link #create(RoomId, UserId, RoomName, Collection, Visibility, PostId, Duration, Instant)}, with its admission (001). */
    public static ChatRoom create(RoomId id, UserId creator, RoomName name, Collection<UserId> invitees,
                                  Visibility visibility, Admission admission, PostId postId, Duration ttl,
                                  Instant now) {
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "ttl must be positive");
        }
        Set<UserId> everyone = new LinkedHashSet<>();
        everyone.add(creator);
        everyone.addAll(invitees);
        boolean withAdmin = everyone.size() >= ADMIN_THRESHOLD;
        List<Participant> members = everyone.stream()
                .map(user -> new Participant(user, withAdmin && user.equals(creator) ? Role.ADMIN : Role.MEMBER,
                        DisplayName.unset(), now))
                .toList();
        return new ChatRoom(id, name, visibility, admission, postId, creator, now, ttl == null ? null : now.plus(ttl),
                members, 0);
    }

    /** Rebuilds a stored room; storage adapters only. */
    public static ChatRoom restore(RoomId id, RoomName name, Visibility visibility, Admission admission, PostId postId,
                                   UserId createdBy, Instant createdAt, Instant expiresAt,
                                   Collection<Participant> participants, long version) {
        return new ChatRoom(id, name, visibility, admission, postId, createdBy, createdAt, expiresAt, participants,
                version);
    }

    /** An independent copy with the same state and version. */
    public ChatRoom copy() {
        return withVersion(version);
    }

    /** An independent copy with the same state at {@code newVersion}: what a store keeps after a write. */
    public ChatRoom withVersion(long newVersion) {
        return restore(id, name, visibility, admission, postId, createdBy, createdAt, expiresAt, participants.values(),
                newVersion);
    }

    // --- room settings -----------------------------------------------------------------------------

    /** Renames the room (000): admin, sub-admin, or any member of a room without admin. */
    public RoomRenamed rename(UserId actor, RoomName newName, Instant now) {
        requirePermission(actor, Permission.RENAME_ROOM);
        this.name = Objects.requireNonNull(newName, "newName");
        return new RoomRenamed(id, newName, actor, now);
    }

    /** Deletes the room (000): admin only. */
    public RoomDeleted delete(UserId actor, Instant now) {
        requirePermission(actor, Permission.DELETE_ROOM);
        return new RoomDeleted(id, actor, now);
    }

    // --- participants ------------------------------------------------------------------------------

    /**
     * Adds {@code newcomer} with {@code role} (000): who may add is the table's; giving a role other
     * than member needs the right to change roles. An expired room takes nobody new (002).
     */
    public ParticipantAdded addParticipant(UserId actor, UserId newcomer, Role role, Instant now) {
        requirePermission(actor, Permission.ADD_PARTICIPANT);
        requireOpen(now);
        if (role != Role.MEMBER && !Permissions.allows(roleOfParticipant(actor), Permission.CHANGE_ROLE, hasAdmin())) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        if (participants.containsKey(newcomer)) {
            throw new ChatException(ErrorCode.ALREADY_PARTICIPANT);
        }
        Participant participant = new Participant(newcomer, role, DisplayName.unset(), now);
        participants.put(newcomer, participant);
        return new ParticipantAdded(id, participant, actor, now);
    }

    /**
     * {@code user} joins by themselves (001): a room open to {@link Admission#ANYONE anyone} takes every
     * authenticated user as a member; an invite-only room refuses with {@code NOT_A_PARTICIPANT}, an
     * expired room with {@code ROOM_EXPIRED}. Joining a room one is already in changes nothing.
     */
    public Optional<ParticipantAdded> join(UserId user, Instant now) {
        if (participants.containsKey(user)) {
            return Optional.empty();
        }
        if (!Permissions.mayJoinUninvited(admission)) {
            throw new ChatException(ErrorCode.NOT_A_PARTICIPANT);
        }
        requireOpen(now);
        Participant participant = new Participant(user, Role.MEMBER, DisplayName.unset(), now);
        participants.put(user, participant);
        return Optional.of(new ParticipantAdded(id, participant, user, now));
    }

    /**
     * Removes {@code target} (000): an admin removes anyone, a sub-admin members, everyone may leave.
     * When the last admin goes, the longest-standing remaining participant becomes admin; when nobody
     * is left, the room is deleted. Returns the removal, then any promotion, then any deletion. A
     * {@code target} outside the room is {@code PARTICIPANT_NOT_FOUND}.
     */
    public List<RoomEvent> removeParticipant(UserId actor, UserId target, Instant now) {
        Role actorRole = roleOfParticipant(actor);
        Participant removed = targetParticipant(target);
        if (!Permissions.mayRemove(actorRole, actor, removed.role(), target)) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        return remove(removed, actor, now);
    }

    /**
     * Another service removes {@code target} (004 room-events): no permission applies, the rest is as
     * when they leave — the longest-standing participant succeeds the last admin, an empty room is deleted.
     */
    public List<RoomEvent> removeBySystem(UserId target, Instant now) {
        Participant removed = targetParticipant(target);
        return remove(removed, SYSTEM_USER, now);
    }

    private List<RoomEvent> remove(Participant removed, UserId by, Instant now) {
        participants.remove(removed.userId());
        List<RoomEvent> events = new ArrayList<>();
        events.add(new ParticipantRemoved(id, removed.userId(), by, now));
        if (removed.role() == Role.ADMIN && !hasAdmin() && !participants.isEmpty()) {
            Participant successor = participants.values().stream().min(Participant.SENIORITY).orElseThrow();
            participants.put(successor.userId(), successor.withRole(Role.ADMIN));
            events.add(new RoleChanged(id, successor.userId(), Role.ADMIN, by, now));
        }
        if (participants.isEmpty()) {
            events.add(new RoomDeleted(id, by, now));
        }
        return List.copyOf(events);
    }

    /** Changes {@code target}'s role (000): admin only; the only admin cannot step down; the target must be in the room. */
    public RoleChanged changeRole(UserId actor, UserId target, Role role, Instant now) {
        requirePermission(actor, Permission.CHANGE_ROLE);
        Participant participant = targetParticipant(target);
        if (participant.role() == Role.ADMIN && role != Role.ADMIN && adminCount() == 1) {
            throw new ChatException(ErrorCode.LAST_ADMIN);
        }
        participants.put(target, participant.withRole(role));
        return new RoleChanged(id, target, role, actor, now);
    }

    /** Sets the actor's own per-room display name (000 "edited_name"); nobody sets another's. */
    public DisplayNameChanged setDisplayName(UserId actor, UserId target, DisplayName displayName, Instant now) {
        Participant participant = participant(actor)
                .orElseThrow(() -> new ChatException(ErrorCode.NOT_A_PARTICIPANT));
        if (!actor.equals(target)) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        participants.put(actor, participant.withDisplayName(displayName));
        return new DisplayNameChanged(id, actor, displayName, now);
    }

    // --- messages ----------------------------------------------------------------------------------

    /** A participant posts {@code body} (000, 002); expired rooms refuse; system notices go through {@link #postSystem}. */
    public Message post(UserId sender, MessageBody body, MessageId messageId, ClientMessageId clientMessageId,
                        Instant now) {
        requireSender(sender);
        requireOpen(now);
        if (body instanceof MessageBody.SystemNotice) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        Message message = Message.create(messageId, id, sender, body, clientMessageId, now);
        return body instanceof MessageBody.Text text ? message.mentioning(mentionsIn(sender, text.content().value()))
                : message;
    }

    /**
     * Who {@code text} by {@code sender} mentions (mentions, issue 18): {@code @userId} of a participant, and
     * {@code @room} — everyone — from those who may ({@link Permission#MENTION_ROOM}); from a member who may not,
     * {@code @room} is plain text. The sender is never among them; the order is the text's.
     */
    public List<UserId> mentionsIn(UserId sender, String text) {
        Set<UserId> mentioned = new LinkedHashSet<>();
        boolean mayMentionRoom = roleOf(sender)
                .map(role -> Permissions.allows(role, Permission.MENTION_ROOM, hasAdmin())).orElse(false);
        for (String token : MentionTokens.in(text)) {
            if (token.equals(MentionTokens.ROOM) && mayMentionRoom) {
                participants().forEach(p -> mentioned.add(p.userId()));
                continue;
            }
            try {
                UserId user = UserId.of(token);
                if (participants.containsKey(user)) {
                    mentioned.add(user);
                }
            } catch (ChatException notAUserId) {
                // Not a user id at all: plain text.
            }
        }
        mentioned.remove(sender);
        return List.copyOf(mentioned);
    }

    /**
     * A participant replies to {@code parent} (threads, issue 18): as {@link #post}, and the parent must be a
     * visible message of this room ({@code MESSAGE_NOT_FOUND} otherwise). The reply quotes the parent's start.
     */
    public Message reply(UserId sender, Message parent, MessageBody body, MessageId messageId,
                         ClientMessageId clientMessageId, Instant now) {
        Message message = post(sender, body, messageId, clientMessageId, now);
        requireOwnMessage(parent);
        parent.requireVisible();
        return message.asReplyTo(parent);
    }

    /** A system notice (004), written by {@link #SYSTEM_USER} through the internal API. */
    public Message postSystem(MessageBody.SystemNotice body, MessageId messageId, Instant now) {
        return postSystem(body, messageId, null, now);
    }

    /** A system notice a service posts under its own {@code clientMessageId}, so that a retry finds it. */
    public Message postSystem(MessageBody.SystemNotice body, MessageId messageId, ClientMessageId clientMessageId,
                              Instant now) {
        requireOpen(now);
        return Message.create(messageId, id, SYSTEM_USER, body, clientMessageId, now);
    }

    /** The author edits their text message (000), in a room still open. */
    public MessageEdited editMessage(UserId actor, Message message, MessageContent content, Instant now) {
        requireParticipant(actor);
        requireOwnMessage(message);
        requireOpen(now);
        return new MessageEdited(message.edit(actor, content, now), now);
    }

    /**
     * Soft-deletes a message (002): its author may; an admin may delete anyone's, a sub-admin members'
     * (000 moderation). An author who left the room counts as a member.
     */
    public MessageDeleted deleteMessage(UserId actor, Message message, Instant now) {
        Role actorRole = roleOfParticipant(actor);
        requireOwnMessage(message);
        message.requireVisible();
        if (!message.isAuthoredBy(actor)
                && !Permissions.mayModerate(actorRole, roleOf(message.authorId()).orElse(Role.MEMBER))) {
            throw actorRole == Role.MEMBER ? ChatException.because(ErrorCode.FORBIDDEN, ErrorReason.OWN_MESSAGES_DELETE)
                    : new ChatException(ErrorCode.FORBIDDEN);
        }
        return new MessageDeleted(message.markDeleted(actor, now), actor, now);
    }

    /**
     * Who may read a message's earlier versions (edit history, issue 18): its author, and an admin of the room;
     * a deleted message has no history to show ({@code MESSAGE_NOT_FOUND}).
     */
    public void requireMayViewEditHistory(UserId actor, Message message) {
        Role actorRole = roleOfParticipant(actor);
        requireOwnMessage(message);
        message.requireVisible();
        if (!message.isAuthoredBy(actor)
                && !Permissions.allows(actorRole, Permission.VIEW_OTHERS_EDIT_HISTORY, hasAdmin())) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
    }

    /**
     * Pins {@code message} to the room (pins, issue 18): admins and sub-admins, or anyone in a room without an
     * admin; the message must be visible and of this room; a room keeps at most {@link #MAX_PINS} pins
     * ({@code PIN_LIMIT_REACHED}), {@code pinnedNow} being how many it has.
     */
    public MessagePinned pin(UserId actor, Message message, int pinnedNow, Instant now) {
        requirePermission(actor, Permission.PIN_MESSAGE);
        requireOwnMessage(message);
        message.requireVisible();
        if (pinnedNow >= MAX_PINS) {
            throw new ChatException(ErrorCode.PIN_LIMIT_REACHED, MAX_PINS);
        }
        return new MessagePinned(id, message.id(), actor, now);
    }

    /** Unpins a message (pins, issue 18): whoever may pin; the message itself may since have been deleted. */
    public MessageUnpinned unpin(UserId actor, MessageId messageId, Instant now) {
        requirePermission(actor, Permission.PIN_MESSAGE);
        return new MessageUnpinned(id, messageId, actor, now);
    }

    /** A participant may react to messages of a room still open (000). */
    public void requireMayReact(UserId actor, Instant now) {
        requireParticipant(actor);
        requireOpen(now);
    }

    // --- moderation (issue 18) ------------------------------------------------------------------------

    /** A ban and what it did: {@link UserBanned}, then the user's removal when they were in the room. */
    public record Banned(Ban ban, List<RoomEvent> events) {
    }

    /**
     * Bans {@code target} (issue 18): who may ban whom is {@link Permissions#mayDiscipline}; a target in the room is
     * removed as if an admin removed them (the longest-standing participant succeeds a removed admin). A ban
     * without {@code term} is for good. A user outside the room may be banned too, so they cannot join.
     */
    public Banned ban(UserId actor, UserId target, ModerationReason reason, Duration term, Instant now) {
        requireDiscipline(actor, target);
        Ban ban = new Ban(id, target, actor, reason, now, term == null ? null : now.plus(term));
        List<RoomEvent> events = new ArrayList<>();
        events.add(new UserBanned(id, target, actor, reason == null ? null : reason.value(), ban.until(), now));
        participant(target).ifPresent(removed -> events.addAll(remove(removed, actor, now)));
        return new Banned(ban, List.copyOf(events));
    }

    /** Lifts a ban (issue 18): moderators only (admin, sub-admin). */
    public void requireMayUnban(UserId actor) {
        requirePermission(actor, Permission.MODERATE_MEMBERS);
    }

    /** Moderators (admin, sub-admin) list the room's bans and reports (issue 18). */
    public void requireModerator(UserId actor) {
        requirePermission(actor, Permission.MODERATE_MEMBERS);
    }

    /** A mute and the event that tells the room. */
    public record Muted(Mute mute, UserMuted event) {
    }

    /** Mutes {@code target}, a participant, for {@code term} (issue 18): as {@link Permissions#mayDiscipline} allows. */
    public Muted mute(UserId actor, UserId target, Duration term, Instant now) {
        targetParticipant(target);
        requireDiscipline(actor, target);
        Mute mute = new Mute(id, target, actor, now, now.plus(Objects.requireNonNull(term, "term")));
        return new Muted(mute, new UserMuted(id, target, actor, mute.until(), now));
    }

    /** Lifts {@code target}'s mute (issue 18), under the same rule as muting; the target may have left the room. */
    public UserMuted unmute(UserId actor, UserId target, Instant now) {
        requireDiscipline(actor, target);
        return new UserMuted(id, target, actor, null, now);
    }

    /** A participant reports a message of this room (issue 18); one may report any message but their own. */
    public Report report(UserId actor, Message message, ModerationReason reason, UUID reportId, Instant now) {
        requirePermission(actor, Permission.REPORT_MESSAGE);
        requireOwnMessage(message);
        message.requireVisible();
        if (message.isAuthoredBy(actor)) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
        return new Report(reportId, id, message.id(), message.authorId(), actor, Objects.requireNonNull(reason), now);
    }

    private void requireDiscipline(UserId actor, UserId target) {
        Role actorRole = roleOfParticipant(actor);
        Role targetRole = roleOf(target).orElse(Role.MEMBER);
        if (!Permissions.mayDiscipline(actorRole, actor, targetRole, target)) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
    }

    // --- snapshots ---------------------------------------------------------------------------------

    /**
     * A copy of this room as it is after {@code event}, a change some writer already made and stored: how a
     * node keeps its snapshot of a live room fresh from the room's events instead of reloading it (000 room
     * sync). Permissions were checked when the change was made, so none are checked here. Events that do not
     * change the room itself (messages, reactions, typing, live members) and events of other rooms give this
     * room itself, so that a message costs no copy of its room's participants; applying the same event twice gives the same room. The copy keeps this room's version:
     * a snapshot is read, never written back.
     */
    public ChatRoom after(RoomEvent event) {
        if (!event.roomId().equals(id) || !changesTheRoom(event)) {
            return this;
        }
        ChatRoom next = copy();
        switch (event) {
            case RoomRenamed renamed -> next.name = renamed.name();
            case ParticipantAdded added -> next.participants.put(added.participant().userId(), added.participant());
            case ParticipantRemoved removed -> next.participants.remove(removed.userId());
            case RoleChanged changed -> next.participant(changed.userId())
                    .ifPresent(p -> next.participants.put(p.userId(), p.withRole(changed.role())));
            case DisplayNameChanged changed -> next.participant(changed.userId())
                    .ifPresent(p -> next.participants.put(p.userId(), p.withDisplayName(changed.displayName())));
            default -> {
            }
        }
        return next;
    }

    /** Whether {@link #after} makes a new room of {@code event}: messages, reactions, typing and the like do not. */
    private static boolean changesTheRoom(RoomEvent event) {
        return event instanceof RoomRenamed || event instanceof ParticipantAdded || event instanceof ParticipantRemoved
                || event instanceof RoleChanged || event instanceof DisplayNameChanged;
    }

    // --- queries and guards ------------------------------------------------------------------------

    /** Refuses a sender who is not in the room: {@code NOT_A_PARTICIPANT}, in 002's words for a send. */
    public void requireSender(UserId user) {
        if (!participants.containsKey(user)) {
            throw ChatException.because(ErrorCode.NOT_A_PARTICIPANT, ErrorReason.SEND_OUTSIDE_ROOM);
        }
    }

    /** Refuses with {@code NOT_A_PARTICIPANT} unless {@code user} is in the room. */
    public void requireParticipant(UserId user) {
        if (!participants.containsKey(user)) {
            throw new ChatException(ErrorCode.NOT_A_PARTICIPANT);
        }
    }

    /** Refuses with {@code ROOM_EXPIRED} once the room's expiry has passed (002). */
    public void requireOpen(Instant now) {
        if (isExpired(now)) {
            throw new ChatException(ErrorCode.ROOM_EXPIRED);
        }
    }

    /**
     * Public rooms are readable by anyone, even without a token (002); private rooms by participants, and
     * by any authenticated user when the room is open to anyone (001).
     */
    public boolean isReadableBy(Optional<UserId> viewer) {
        return visibility == Visibility.PUBLIC
                || viewer.map(user -> participants.containsKey(user) || Permissions.mayJoinUninvited(admission))
                .orElse(false);
    }

    /** True from the room's expiry on (002); a room without a TTL never expires. */
    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Whether some participant is admin: without one, members may rename and add (000). */
    public boolean hasAdmin() {
        return adminCount() > 0;
    }

    public RoomId id() {
        return id;
    }

    public RoomName name() {
        return name;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Admission admission() {
        return admission;
    }

    public Optional<PostId> postId() {
        return Optional.ofNullable(postId);
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public long version() {
        return version;
    }

    /** Participants, longest-standing first. */
    public List<Participant> participants() {
        return participants.values().stream().sorted(Participant.SENIORITY).toList();
    }

    public Optional<Participant> participant(UserId user) {
        return Optional.ofNullable(participants.get(user));
    }

    public boolean isParticipant(UserId user) {
        return participants.containsKey(user);
    }

    /** The role of {@code user}, empty when they are not a participant. */
    public Optional<Role> roleOf(UserId user) {
        return participant(user).map(Participant::role);
    }

    public int userCount() {
        return participants.size();
    }

    /** True once the last participant has left: the room is then deleted (000). */
    public boolean isEmpty() {
        return participants.isEmpty();
    }

    private long adminCount() {
        return participants.values().stream().filter(p -> p.role() == Role.ADMIN).count();
    }

    private Role roleOfParticipant(UserId actor) {
        return roleOf(actor).orElseThrow(() -> new ChatException(ErrorCode.NOT_A_PARTICIPANT));
    }

    /** The participant an action is aimed at; someone outside the room is {@code PARTICIPANT_NOT_FOUND}, not the actor's problem. */
    private Participant targetParticipant(UserId target) {
        return participant(target).orElseThrow(() -> new ChatException(ErrorCode.PARTICIPANT_NOT_FOUND));
    }

    private void requirePermission(UserId actor, Permission permission) {
        if (!Permissions.allows(roleOfParticipant(actor), permission, hasAdmin())) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
    }

    private void requireOwnMessage(Message message) {
        if (!message.roomId().equals(id)) {
            throw new ChatException(ErrorCode.MESSAGE_NOT_FOUND);
        }
    }

    @Override
    public String toString() {
        return "ChatRoom[" + id + " '" + name + "', " + participants.size() + " participants, v" + version + "]";
    }
}
