package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A user added ({@code on}) or removed a reaction on a message. */
public record ReactionChanged(RoomId roomId, MessageId messageId, UserId userId, ReactionKind kind, boolean on, Instant at)
        implements RoomEvent {
}
