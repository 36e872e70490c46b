package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reactions on messages with set semantics (000): a user holds each kind at most once per message. */
public interface ReactionRepository {

    /** Adds the reaction; true when it was not there yet. */
    boolean add(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind);

    /** Removes the reaction; true when it was there. */
    boolean remove(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind);

    /** The summary of each message that has reactions (absent: none), with the viewer's own kinds. */
    Map<MessageId, ReactionSummary> summaries(RoomId roomId, Collection<MessageId> messageIds, Optional<UserId> viewer);

    /** Forgets every reaction of a deleted room. */
    void deleteRoom(RoomId roomId);
}
