package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/**
 * A message's earlier versions with their times (edit history, issue 18): for its author and the room's admins;
 * others are refused with {@code FORBIDDEN}, a deleted message is {@code MESSAGE_NOT_FOUND}.
 */
public interface GetEditHistoryUseCase {

    EditHistoryView edits(UserId viewer, RoomId roomId, MessageId messageId);
}
