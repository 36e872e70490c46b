package io.doran.chat.domain.user;

/**
 * A user's standing as reported by the user service (003 user-events): {@code INACTIVE} users may
 * read but not send; {@code SUSPENDED} users are disconnected and refused; {@code DELETED} users are
 * removed from every room.
 */
public enum UserStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    DELETED;

    public boolean mayRead() {
        return this == ACTIVE || this == INACTIVE;
    }

    public boolean maySend() {
        return this == ACTIVE;
    }

    public boolean mayConnect() {
        return mayRead();
    }
}
