package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;

/** Users' standing as reported by the user service's events (003); unknown users are {@code ACTIVE}. */
public interface UserStatuses {

    UserStatus statusOf(UserId user);

    void set(UserId user, UserStatus status);
}
