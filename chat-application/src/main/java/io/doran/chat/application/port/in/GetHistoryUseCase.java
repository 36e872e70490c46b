package io.doran.chat.application.port.in;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant (or anyone, for a public room) pages through a room's history (002): newest first,
 * {@code before} or {@code after} a message, soft-deleted messages left out.
 */
public interface GetHistoryUseCase {

    HistoryPage history(Query query);

    /** {@code limit}: 1..{@link #MAX_LIMIT}, default {@link #DEFAULT_LIMIT}; {@code before} and {@code after} exclude each other. */
    record Query(Optional<UserId> viewer, RoomId roomId, Optional<MessageId> before, Optional<MessageId> after,
                 int limit) {

        public static final int DEFAULT_LIMIT = 50;
        public static final int MAX_LIMIT = 100;

        public Query {
            viewer = viewer == null ? Optional.empty() : viewer;
            Objects.requireNonNull(roomId, "roomId");
            before = before == null ? Optional.empty() : before;
            after = after == null ? Optional.empty() : after;
            if (limit > MAX_LIMIT) {
                throw new ChatException(ErrorCode.LIMIT_TOO_LARGE, MAX_LIMIT);
            }
            if (limit < 1) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "limit must be at least 1");
            }
            if (before.isPresent() && after.isPresent()) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "use either before or after, not both");
            }
        }
    }
}
