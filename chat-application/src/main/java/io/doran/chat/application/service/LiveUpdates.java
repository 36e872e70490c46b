package io.doran.chat.application.service;

import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomBroadcast.Shown;
import io.doran.chat.domain.event.DisplayNameChanged;
import io.doran.chat.domain.event.MemberJoined;
import io.doran.chat.domain.event.MemberLeft;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.MessageRead;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.ReactionChanged;
import io.doran.chat.domain.event.RoleChanged;
import io.doran.chat.domain.event.MessagePinned;
import io.doran.chat.domain.event.MessageUnpinned;
import io.doran.chat.domain.event.ReplyCountChanged;
import io.doran.chat.domain.event.RoomCreated;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.RoomRenamed;
import io.doran.chat.domain.event.TypingChanged;
import io.doran.chat.domain.event.UserBanned;
import io.doran.chat.domain.event.UserMuted;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.NicknameMask;
import java.util.Optional;
import java.util.Set;

/**
 * The one translation from room events to what live connections are told (SPEC §5): a pure function of the event
 * and of what the publishing node resolved for it ({@link Shown}), run by every node that delivers it. Every room
 * event becomes at most one {@link LiveUpdate}.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /** The users whose display names the update of {@code event} shows: what its publisher resolves. */
    static Set<UserId> usersShownBy(RoomEvent event) {
        return switch (event) {
            case MessagePosted posted -> Set.of(posted.message().authorId());
            case MessageEdited edited -> Set.of(edited.message().authorId());
            case TypingChanged typing -> Set.of(typing.userId());
            case MemberJoined joined -> Set.of(joined.userId());
            case MemberLeft left -> Set.of(left.userId());
            case ParticipantAdded added -> Set.of(added.participant().userId());
            case DisplayNameChanged changed -> Set.of(changed.userId());
            default -> Set.of();
        };
    }

    /** The users whose email and picture the update of {@code event} shows (a new message's author, 001). */
    static Set<UserId> usersProfiledBy(RoomEvent event) {
        return event instanceof MessagePosted posted ? Set.of(posted.message().authorId()) : Set.of();
    }

    /** Whether live connections are told about {@code event} at all (a room's creation has nobody to tell). */
    static boolean tellsConnections(RoomEvent event) {
        return !(event instanceof RoomCreated);
    }

    /** What the connections of the broadcast's room are told, or empty when nothing. */
    static Optional<LiveUpdate.RoomUpdate> of(RoomBroadcast broadcast) {
        return update(broadcast.event(), broadcast.shown());
    }

    /** The update of a new message: the message as everyone sees it (nobody has reacted yet). */
    static LiveUpdate.NewMessage newMessage(MessagePosted posted, Shown shown) {
        UserId author = posted.message().authorId();
        RoomBroadcast.Profile profile = shown.profile(author);
        return new LiveUpdate.NewMessage(Views.message(posted.message(), shown.displayName(author),
                ReactionSummary.empty(), 0, Set.of()), profile.email(), profile.pictureUrl());
    }

    private static Optional<LiveUpdate.RoomUpdate> update(RoomEvent event, Shown shown) {
        String roomId = event.roomId().toString();
        return Optional.ofNullable(switch (event) {
            case MessagePosted posted -> newMessage(posted, shown);
            case MessageEdited edited -> new LiveUpdate.MessageEdited(Views.message(edited.message(),
                    shown.displayName(edited.message().authorId()), shown.reactions(), shown.replyCount(), Set.of()));
            case ReplyCountChanged replies -> new LiveUpdate.ReplyCountChanged(roomId, replies.messageId().asString(),
                    replies.replyCount());
            case MessagePinned pinned -> new LiveUpdate.MessagePinned(roomId, pinned.messageId().asString(),
                    pinned.pinnedBy().value(), pinned.at());
            case MessageUnpinned unpinned -> new LiveUpdate.MessageUnpinned(roomId, unpinned.messageId().asString(),
                    unpinned.by().value());
            case MessageDeleted deleted -> new LiveUpdate.MessageDeleted(roomId, deleted.message().id().asString(),
                    deleted.by().value());
            case ReactionChanged reaction -> new LiveUpdate.ReactionChanged(roomId, reaction.messageId().asString(),
                    reaction.userId().value(), reaction.kind().value(), reaction.on());
            case MessageRead read -> new LiveUpdate.MessageRead(roomId, read.userId().value(), read.messageId().asString());
            case TypingChanged typing -> new LiveUpdate.Typing(roomId, typing.userId().value(),
                    NicknameMask.of(shown.displayName(typing.userId())), typing.typing());
            case MemberJoined joined -> new LiveUpdate.UserJoined(roomId, joined.userId().value(),
                    NicknameMask.of(shown.displayName(joined.userId())), shown.displayName(joined.userId()),
                    joined.memberCount());
            case MemberLeft left -> new LiveUpdate.UserLeft(roomId, left.userId().value(),
                    shown.displayName(left.userId()), left.memberCount());
            case RoomRenamed renamed -> new LiveUpdate.RoomUpdated(roomId, renamed.name().value());
            case ParticipantAdded added -> new LiveUpdate.ParticipantAdded(roomId, participant(added.participant(), shown));
            case ParticipantRemoved removed -> new LiveUpdate.ParticipantRemoved(roomId, removed.userId().value(),
                    removed.by().value());
            case RoleChanged role -> new LiveUpdate.RoleChanged(roomId, role.userId().value(), role.role().wireName());
            case DisplayNameChanged name -> new LiveUpdate.DisplayNameChanged(roomId, name.userId().value(),
                    shown.displayName(name.userId()));
            case RoomDeleted deleted -> new LiveUpdate.RoomDeleted(roomId);
            case UserBanned banned -> new LiveUpdate.UserBanned(roomId, banned.userId().value(), banned.by().value(),
                    banned.reason(), banned.until());
            case UserMuted muted -> new LiveUpdate.UserMuted(roomId, muted.userId().value(), muted.by().value(),
                    muted.muted(), muted.until());
            case RoomCreated created -> null;
        });
    }

    private static ParticipantView participant(Participant participant, Shown shown) {
        return new ParticipantView(participant.userId().value(), shown.displayName(participant.userId()),
                participant.role().wireName(), participant.joinedAt(), participant.displayName().value());
    }
}
