package io.doran.chat.domain.live;

/** The lifecycle of a live room (000): {@code creating → active → idle → closing → closed}. */
public enum LiveRoomState {
    /** Made by the first join, not yet holding a connection. */
    CREATING,
    /** At least one connection is in the room. */
    ACTIVE,
    /** The last connection left; the idle timer runs. */
    IDLE,
    /** The idle timer fired: joins are refused while resources are released. */
    CLOSING,
    /** Gone; a later join creates a new live room. */
    CLOSED
}
