package io.doran.chat.domain.moderation;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's report of a message (issue 18, what app stores and the EU's Digital Services Act ask for): who
 * reported which message of whom, why and when. Moderators of the room and services read them.
 */
public record Report(UUID id, RoomId roomId, MessageId messageId, UserId authorId, UserId reporter,
                     ModerationReason reason, Instant at) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
