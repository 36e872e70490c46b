package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/** A personal notification for one user (004). */
public record NotificationPushed(UserId userId, String type, String message, String link, Instant at) implements UserEvent {
}
