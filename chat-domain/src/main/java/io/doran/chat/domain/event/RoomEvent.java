package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.RoomId;

/** An event that every live connection of one room hears about (SPEC §3 room sync, §5). */
public sealed interface RoomEvent extends DomainEvent
        permits RoomCreated, RoomRenamed, RoomDeleted, ParticipantAdded, ParticipantRemoved, RoleChanged,
        DisplayNameChanged, MessagePosted, MessageEdited, MessageDeleted, ReactionChanged, MessageRead,
        TypingChanged, MemberJoined, MemberLeft, UserBanned, UserMuted,
        ReplyCountChanged, MessagePinned, MessageUnpinned {

    RoomId roomId();
}
