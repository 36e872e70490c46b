package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/**
 * A personal notification for one user (004); a mention (issue 18) also names the room and the message, which
 * other notifications leave null.
 */
public record NotificationPushed(UserId userId, String type, String message, String link, Instant at, RoomId roomId,
                                 MessageId messageId) implements UserEvent {

    /** The type of the notification a mentioned user gets (issue 18). */
    public static final String MENTION = "mention";

    /** A notification about nothing in particular (004). */
    public NotificationPushed(UserId userId, String type, String message, String link, Instant at) {
        this(userId, type, message, link, at, null, null);
    }
}
