package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;

/** A participant's role in a room (000); what each may do is {@link Permissions}. */
public enum Role {
    ADMIN("admin"),
    SUB_ADMIN("sub-admin"),
    MEMBER("member");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Parses {@code admin}, {@code sub-admin} or {@code member}; anything else is {@code VALIDATION_FAILED}. */
    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.wireName.equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new ChatException(ErrorCode.VALIDATION_FAILED, "role must be admin, sub-admin or member");
    }
}
