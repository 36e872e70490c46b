package io.doran.chat.application.service;

import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.ReplyToView;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.message.ReplyTo;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.user.NicknameMask;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns domain objects into the views clients see. Display names resolve as in 000: the per-room
 * display name, else the directory's nickname, else the user id. One directory lookup and one
 * reaction lookup per batch of messages, never one per message.
 */
final class Views {

    private final UserDirectory directory;
    private final ReactionRepository reactions;
    private final MessageRepository messages;

    /** Views of rooms and participants only: messages show no thread (no reply counts, excerpts as stored). */
    Views(UserDirectory directory, ReactionRepository reactions) {
        this(directory, reactions, null);
    }

    /** With {@code messages}, message views show how many replies each has and whether a reply's parent is gone. */
    Views(UserDirectory directory, ReactionRepository reactions, MessageRepository messages) {
        this.directory = directory;
        this.reactions = reactions;
        this.messages = messages;
    }

    RoomView room(ChatRoom room) {
        Map<UserId, String> names = displayNames(room, room.participants().stream().map(Participant::userId).toList());
        List<ParticipantView> participants = room.participants().stream()
                .map(p -> participant(p, names.get(p.userId())))
                .toList();
        return new RoomView(room.id().toString(), room.name().value(), room.visibility().wireName(),
                room.postId().map(Object::toString).orElse(null), room.createdBy().value(), room.createdAt(),
                room.expiresAt().orElse(null), participants, room.userCount());
    }

    ParticipantView participant(ChatRoom room, Participant participant) {
        return participant(participant, displayNames(room, List.of(participant.userId())).get(participant.userId()));
    }

    private static ParticipantView participant(Participant participant, String displayName) {
        return new ParticipantView(participant.userId().value(), displayName, participant.role().wireName(),
                participant.joinedAt(), participant.displayName().value());
    }

    /** Messages with reactions as {@code viewer} sees them; order kept. */
    List<MessageView> messages(ChatRoom room, List<Message> messages, Optional<UserId> viewer) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<UserId, String> names = displayNames(room, messages.stream().map(Message::authorId).collect(Collectors.toSet()));
        Map<MessageId, ReactionSummary> summaries =
                reactions.summaries(room.id(), messages.stream().map(Message::id).toList(), viewer);
        Map<MessageId, Integer> replyCounts = replyCounts(room, messages);
        Set<MessageId> goneParents = goneParents(room, messages);
        return messages.stream()
                .map(m -> message(m, names.get(m.authorId()), summaries.getOrDefault(m.id(), ReactionSummary.empty()),
                        replyCounts.getOrDefault(m.id(), 0), goneParents))
                .toList();
    }

    private Map<MessageId, Integer> replyCounts(ChatRoom room, List<Message> shown) {
        return this.messages == null ? Map.of()
                : this.messages.replyCounts(room.id(), shown.stream().map(Message::id).toList());
    }

    /** The parents of replies among {@code shown} that were deleted (or expired): their excerpt is not shown. */
    private Set<MessageId> goneParents(ChatRoom room, List<Message> shown) {
        if (this.messages == null) {
            return Set.of();
        }
        Set<MessageId> gone = new HashSet<>();
        shown.stream().flatMap(m -> m.replyTo().stream()).map(ReplyTo::messageId).distinct().forEach(parent -> {
            if (this.messages.find(room.id(), parent).filter(p -> !p.isDeleted()).isEmpty()) {
                gone.add(parent);
            }
        });
        return gone;
    }

    /** One message without viewer-specific reactions. */
    MessageView message(ChatRoom room, Message message) {
        return messages(room, List.of(message), Optional.empty()).getFirst();
    }

    /**
     * What the broadcast of {@code event} shows beside the event itself: the display names of the users it
     * shows, the email and picture of a new message's author and, for an edit, the message's reaction counts. The
     * publishing node resolves them once, with one directory lookup, so that no node looks anything up to deliver
     * the event (SPEC §7).
     */
    RoomBroadcast.Shown shown(ChatRoom room, RoomEvent event) {
        Set<UserId> named = LiveUpdates.usersShownBy(event);
        Set<UserId> profiled = LiveUpdates.usersProfiledBy(event);
        Set<UserId> lookedUp = new HashSet<>(unnamed(room, named));
        lookedUp.addAll(profiled);
        Map<UserId, UserProfile> known = lookUp(lookedUp);
        Map<UserId, RoomBroadcast.Profile> profiles = new LinkedHashMap<>();
        for (UserId user : profiled) {
            Optional.ofNullable(known.get(user)).ifPresent(profile -> profiles.put(user,
                    new RoomBroadcast.Profile(profile.email().orElse(null), profile.pictureUrl().orElse(null))));
        }
        ReactionSummary counts = event instanceof MessageEdited edited
                ? reactions.summaries(room.id(), List.of(edited.message().id()), Optional.empty())
                        .getOrDefault(edited.message().id(), ReactionSummary.empty())
                : ReactionSummary.empty();
        int replyCount = event instanceof MessageEdited edited && messages != null
                ? messages.replyCounts(room.id(), List.of(edited.message().id())).getOrDefault(edited.message().id(), 0)
                : 0;
        return new RoomBroadcast.Shown(names(room, named, known), profiles, counts, replyCount);
    }

    String displayName(ChatRoom room, UserId user) {
        return displayNames(room, List.of(user)).get(user);
    }

    static Map<String, Long> counts(ReactionSummary summary) {
        Map<String, Long> counts = new LinkedHashMap<>();
        summary.counts().forEach((kind, count) -> counts.put(kind.value(), count));
        return counts;
    }

    static Set<String> kinds(Set<ReactionKind> kinds) {
        return kinds.stream().map(ReactionKind::value).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A message as {@code summary} sees it, its author shown as {@code displayName}, with {@code replyCount}
     * replies; a reply to one of {@code goneParents} shows no excerpt.
     */
    static MessageView message(Message m, String displayName, ReactionSummary summary, int replyCount,
                               Set<MessageId> goneParents) {
        ReplyToView replyTo = m.replyTo()
                .map(to -> goneParents.contains(to.messageId()) ? to.withoutExcerpt() : to)
                .map(to -> new ReplyToView(to.messageId().asString(), to.userId().value(), to.excerpt()))
                .orElse(null);
        return new MessageView(m.id().asString(), m.roomId().toString(), m.authorId().value(),
                NicknameMask.of(displayName), displayName, m.type().wireName(), m.content().orElse(null),
                m.imageUrl().orElse(null), m.createdAt(), m.editedAt().orElse(null),
                m.clientMessageId().map(Object::toString).orElse(null), counts(summary), kinds(summary.mine()),
                m.editCount(), replyTo, replyCount, m.mentions().stream().map(UserId::value).toList());
    }

    private Map<UserId, String> displayNames(ChatRoom room, Collection<UserId> users) {
        return names(room, users, lookUp(unnamed(room, users)));
    }

    /** The users without a per-room display name in {@code room}: their names come from the directory. */
    private static Set<UserId> unnamed(ChatRoom room, Collection<UserId> users) {
        Set<UserId> unnamed = new HashSet<>();
        for (UserId user : users) {
            if (room.participant(user).map(Participant::displayName).filter(DisplayName::isSet).isEmpty()) {
                unnamed.add(user);
            }
        }
        return unnamed;
    }

    private Map<UserId, UserProfile> lookUp(Set<UserId> users) {
        return users.isEmpty() ? Map.of() : directory.profiles(users);
    }

    /** Each user's per-room name, else the nickname in {@code profiles}, else the user id. */
    private static Map<UserId, String> names(ChatRoom room, Collection<UserId> users, Map<UserId, UserProfile> profiles) {
        Map<UserId, String> names = new LinkedHashMap<>();
        for (UserId user : users) {
            Optional<DisplayName> own = room.participant(user).map(Participant::displayName).filter(DisplayName::isSet);
            names.put(user, own.map(DisplayName::value).orElseGet(() -> Optional.ofNullable(profiles.get(user))
                    .flatMap(UserProfile::nickname).orElse(user.value())));
        }
        return names;
    }
}
