package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Idempotent sends (002): remembers, for {@code ttl}, which message a user's {@code clientMessageId}
 * in a room produced. Claims are atomic: of two concurrent claims exactly one wins.
 */
public interface ClientMessageIds {

    /**
     * Claims the client id for {@code candidate}. Returns the id already claimed by an earlier send, or
     * empty when this claim won.
     */
    Optional<MessageId> claim(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId candidate,
                              Duration ttl);

    /**
     * Moves the claim from {@code previous} to {@code candidate} when it still names {@code previous} (the send
     * that made it never stored its message): true when this call moved it; false when it names another message
     * now (a concurrent retry moved it first) or is gone.
     */
    boolean takeOver(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId previous,
                     MessageId candidate, Duration ttl);

    /** Gives a claim back (the send that made it failed for certain), so a retry can succeed. */
    void release(RoomId roomId, UserId user, ClientMessageId clientMessageId);
}
