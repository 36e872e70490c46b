package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;

/** Another service pushes a personal notification to a user's connections, on any node (004). */
public interface PushNotificationUseCase {

    void push(UserId user, String type, String message, String link);
}
