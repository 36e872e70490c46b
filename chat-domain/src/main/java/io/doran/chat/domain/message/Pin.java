package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/** A message pinned to its room (pins, issue 18): by whom and when. */
public record Pin(RoomId roomId, MessageId messageId, UserId pinnedBy, Instant pinnedAt) {

    public Pin {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(pinnedBy, "pinnedBy");
        Objects.requireNonNull(pinnedAt, "pinnedAt");
    }
}
