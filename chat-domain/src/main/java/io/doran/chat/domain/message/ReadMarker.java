package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How far a participant has read a room (000): the newest message they marked read. It only moves forward. */
public record ReadMarker(RoomId roomId, UserId userId, MessageId lastRead, Instant at) {

    public ReadMarker {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lastRead, "lastRead");
        Objects.requireNonNull(at, "at");
    }

    /** The first marker of a participant in a room. */
    public static ReadMarker first(RoomId roomId, UserId userId, MessageId lastRead, Instant at) {
        return new ReadMarker(roomId, userId, lastRead, at);
    }

    /** The marker moved to {@code id}, or empty when {@code id} is not newer than what was read. */
    public Optional<ReadMarker> advanceTo(MessageId id, Instant now) {
        return id.isAfter(lastRead) ? Optional.of(new ReadMarker(roomId, userId, id, now)) : Optional.empty();
    }
}
