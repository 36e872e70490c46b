package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;

/** Anyone signed in asks whether a user is online and when they were last seen (002, 004). */
public interface GetPresenceUseCase {

    PresenceView presence(UserId user);
}
