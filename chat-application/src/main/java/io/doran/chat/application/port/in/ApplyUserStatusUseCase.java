package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;

/**
 * The user service reports a status change (003): {@code INACTIVE} users may read but not send,
 * {@code SUSPENDED} users are disconnected and refused, {@code DELETED} users leave every room.
 */
public interface ApplyUserStatusUseCase {

    void apply(UserId user, UserStatus status);
}
