package io.doran.chat.domain.event;

import io.doran.chat.domain.message.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.room.RoomId;
import io.doran.chat.domain.user.UserId;
import java.time.Instant;

/** A user added ({@code on}) or removed a reaction on a message. */
public record ReactionChanged(RoomId roomId, MessageId messageId, UserId userId, ReactionKind kind, boolean on, Instant at)
        implements RoomEvent {
}
