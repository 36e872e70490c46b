package io.doran.chat.domain.room;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;

/**
 * Who may become a participant of a room. Most rooms are {@link #INVITE_ONLY}: a participant adds
 * the others (000). Rooms made the way seed 001 makes them have no participant list to be invited to:
 * they are open to {@link #ANYONE} the server authenticated, who joins as a member by posting or
 * connecting to it.
 */
public enum Admission {
    /** Participants are added by someone already in the room (000); the default. */
    INVITE_ONLY("invite-only"),
    /** Any authenticated user may join by themselves, as a member, and read it before joining (001). */
    ANYONE("anyone");

    private final String wireName;

    Admission(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Admission parse(String text) {
        if (text != null) {
            for (Admission admission : values()) {
                if (admission.wireName.equalsIgnoreCase(text.strip())) {
                    return admission;
                }
            }
        }
        throw new ChatException(ErrorCode.VALIDATION_FAILED, "admission must be invite-only or anyone");
    }
}
