package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Instant;

/** The user service changed a user's status (003). */
public record UserStatusChanged(UserId userId, UserStatus status, Instant at) implements UserEvent {
}
