package io.doran.chat.application.port.out;

import java.util.Locale;
import java.util.Optional;

/**
 * The events a webhook receiver may subscribe to (issue 18), by their wire names. {@link #MENTION} is sent once per
 * new message that mentions someone, beside its {@link #MESSAGE_CREATED}.
 */
public enum WebhookEventType {
    MESSAGE_CREATED("message.created"),
    MESSAGE_EDITED("message.edited"),
    MESSAGE_DELETED("message.deleted"),
    MEMBER_ADDED("member.added"),
    MEMBER_REMOVED("member.removed"),
    ROOM_DELETED("room.deleted"),
    MENTION("mention"),
    USER_BANNED("user.banned");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the {@code X-Doran-Event} header, the body's {@code type} and the settings' {@code events}. */
    public String wireName() {
        return wireName;
    }

    /** The type named {@code name} ({@code message.created}), case-insensitively; empty when there is none. */
    public static Optional<WebhookEventType> byWireName(String name) {
        for (WebhookEventType type : values()) {
            if (type.wireName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
