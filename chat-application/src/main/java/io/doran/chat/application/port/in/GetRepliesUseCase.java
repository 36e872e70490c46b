package io.doran.chat.application.port.in;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Whoever may read a room pages through the replies to one of its messages (threads, issue 18): the newest
 * {@code limit} replies older than {@code before}, oldest first, soft-deleted replies left out; {@code hasMore}
 * says older replies remain. A deleted or unknown parent is {@code MESSAGE_NOT_FOUND}.
 */
public interface GetRepliesUseCase {

    HistoryPage replies(RepliesQuery query);

    /** {@code limit}: 1..{@link GetHistoryUseCase.Query#MAX_LIMIT}, default {@link GetHistoryUseCase.Query#DEFAULT_LIMIT}. */
    record RepliesQuery(Optional<UserId> viewer, RoomId roomId, MessageId messageId, Optional<MessageId> before,
                        int limit) {

        public RepliesQuery {
            viewer = viewer == null ? Optional.empty() : viewer;
            Objects.requireNonNull(roomId, "roomId");
            Objects.requireNonNull(messageId, "messageId");
            before = before == null ? Optional.empty() : before;
            if (limit > GetHistoryUseCase.Query.MAX_LIMIT) {
                throw new ChatException(ErrorCode.LIMIT_TOO_LARGE, GetHistoryUseCase.Query.MAX_LIMIT);
            }
            if (limit < 1) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "limit must be at least 1");
            }
        }
    }
}
