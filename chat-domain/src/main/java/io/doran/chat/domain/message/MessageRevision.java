package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import java.time.Instant;
import java.util.Objects;

/**
 * An earlier version of a message's text (edit history, issue 18): revision {@code 0} is the text as first
 * posted, revision {@code n} the text after the {@code n}th edit. {@code writtenAt} is when that text was
 * written (posted or edited), {@code replacedAt} when the next edit replaced it.
 */
public record MessageRevision(MessageId messageId, int revision, String content, Instant writtenAt,
                              Instant replacedAt) {

    public MessageRevision {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(replacedAt, "replacedAt");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
    }
}
