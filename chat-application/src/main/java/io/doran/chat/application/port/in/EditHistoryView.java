package io.doran.chat.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * A message's edit history (issue 18): {@code editCount} edits, and the earlier versions kept, oldest first. Each
 * earlier version is the text as it read from {@code writtenAt} (posted or edited) until {@code replacedAt}.
 */
public record EditHistoryView(String messageId, String roomId, int editCount, List<Edit> edits) {

    public EditHistoryView {
        edits = List.copyOf(edits);
    }

    /** Revision {@code 0} is the text as posted, revision {@code n} the text after the {@code n}th edit. */
    public record Edit(int revision, String content, Instant writtenAt, Instant replacedAt) {
    }
}
