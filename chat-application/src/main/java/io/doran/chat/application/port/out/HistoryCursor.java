package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.MessageId;
import java.util.Objects;

/**
 * Where a page of history starts (002): the newest messages, the ones just older than a message, or
 * the ones just newer than a message. Paging on with the oldest id of a page ({@code Before}) or the
 * newest ({@code After}) never skips or repeats a message.
 */
public sealed interface HistoryCursor {

    /** The newest messages of the room. */
    record Latest() implements HistoryCursor {
    }

    /** The messages just older than {@code id} (exclusive). */
    record Before(MessageId id) implements HistoryCursor {
        public Before {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The messages just newer than {@code id} (exclusive). */
    record After(MessageId id) implements HistoryCursor {
        public After {
            Objects.requireNonNull(id, "id");
        }
    }

    static HistoryCursor latest() {
        return new Latest();
    }
}
