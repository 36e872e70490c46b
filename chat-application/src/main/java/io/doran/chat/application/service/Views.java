package io.doran.chat.application.service;

import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomView;
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

    Views(UserDirectory directory, ReactionRepository reactions) {
        this.directory = directory;
        this.reactions = reactions;
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
        return messages.stream()
                .map(m -> message(m, names.get(m.authorId()), summaries.getOrDefault(m.id(), ReactionSummary.empty())))
                .toList();
    }

    /** One message without viewer-specific reactions. */
    MessageView message(ChatRoom room, Message message) {
        return messages(room, List.of(message), Optional.empty()).getFirst();
    }

    /**
     * What the broadcast of {@code event} shows beside the event itself: the display names of the users it
     * shows and, for an edit, the message's reaction counts. The publishing node resolves them once, so that
     * no node looks anything up to deliver the event (SPEC §7).
     */
    RoomBroadcast.Shown shown(ChatRoom room, RoomEvent event) {
        Map<UserId, String> names = displayNames(room, LiveUpdates.usersShownBy(event));
        ReactionSummary counts = event instanceof MessageEdited edited
                ? reactions.summaries(room.id(), List.of(edited.message().id()), Optional.empty())
                        .getOrDefault(edited.message().id(), ReactionSummary.empty())
                : ReactionSummary.empty();
        return new RoomBroadcast.Shown(names, counts);
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

    /** A message as {@code summary} sees it, its author shown as {@code displayName}. */
    static MessageView message(Message m, String displayName, ReactionSummary summary) {
        return new MessageView(m.id().asString(), m.roomId().toString(), m.authorId().value(),
                NicknameMask.of(displayName), displayName, m.type().wireName(), m.content().orElse(null),
                m.imageUrl().orElse(null), m.createdAt(), m.editedAt().orElse(null),
                m.clientMessageId().map(Object::toString).orElse(null), counts(summary), kinds(summary.mine()));
    }

    private Map<UserId, String> displayNames(ChatRoom room, Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<UserId, String> names = new LinkedHashMap<>();
        Set<UserId> unresolved = new HashSet<>();
        for (UserId user : users) {
            Optional<DisplayName> own = room.participant(user).map(Participant::displayName).filter(DisplayName::isSet);
            if (own.isPresent()) {
                names.put(user, own.get().value());
            } else {
                unresolved.add(user);
            }
        }
        if (!unresolved.isEmpty()) {
            Map<UserId, UserProfile> profiles = directory.profiles(unresolved);
            for (UserId user : unresolved) {
                names.put(user, Optional.ofNullable(profiles.get(user)).flatMap(UserProfile::nickname).orElse(user.value()));
            }
        }
        return names;
    }
}
