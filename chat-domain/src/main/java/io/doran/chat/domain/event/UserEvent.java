package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.UserId;

/** An event addressed to one user's connections, on whatever node they are (SPEC §5, §6). */
public sealed interface UserEvent extends DomainEvent permits PresenceChanged, NotificationPushed, UserStatusChanged {

    UserId userId();
}
