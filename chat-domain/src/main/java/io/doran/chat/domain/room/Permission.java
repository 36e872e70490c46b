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
    REPORT_MESSAGE
}
