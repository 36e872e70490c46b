package io.doran.chat.domain.room;

/** The actions the permission table of SPEC §3 (000) speaks about. */
public enum Permission {
    RENAME_ROOM,
    ADD_PARTICIPANT,
    REMOVE_PARTICIPANT,
    CHANGE_ROLE,
    DELETE_ROOM,
    MODERATE_MESSAGE,
    SET_OWN_DISPLAY_NAME,
    MODERATE_MEMBERS,
    REPORT_MESSAGE,
    // --- threads, pins and edit history (issue 18) ---
    /** Read the earlier versions of someone else's message (the author always reads their own). */
    VIEW_OTHERS_EDIT_HISTORY,
    /** Pin a message to the room, or unpin it. */
    PIN_MESSAGE,
    /** Mention everyone in the room at once with {@code @room}. */
    MENTION_ROOM
}
