package io.doran.chat.application.port.in;

/**
 * What a live connection is told (SPEC §5 server events), transport-neutral and already resolved into views:
 * the node that publishes a room event resolves names and views once, so that no node does any I/O to deliver
 * it. Each transport writes every variant as one frame or event of its own (the {@code /chat} frame of the same
 * name, a Socket.IO event, ...); fields are named as clients read them.
 */
public sealed interface LiveUpdate {

    /** An update about one room, for the connections that joined it. */
    sealed interface RoomUpdate extends LiveUpdate {
        String roomId();
    }

    /**
     * A message was posted ({@code new-message}), with the directory's email and picture URL of its author (each
     * {@code null} when unknown), which seed 001's {@code chat.message} shows as {@code sender} and
     * {@code profile_picture_url}.
     */
    record NewMessage(MessageView message, String authorEmail, String authorPictureUrl) implements RoomUpdate {
        @Override
        public String roomId() {
            return message.roomId();
        }
    }

    /** A message's text was edited ({@code message-edited}). */
    record MessageEdited(MessageView message) implements RoomUpdate {
        @Override
        public String roomId() {
            return message.roomId();
        }
    }

    record MessageDeleted(String roomId, String messageId, String deletedBy) implements RoomUpdate {
    }

    record ReactionChanged(String roomId, String messageId, String userId, String kind, boolean on)
            implements RoomUpdate {
    }

    record MessageRead(String roomId, String userId, String messageId) implements RoomUpdate {
    }

    /** A message was pinned to the room ({@code message-pinned}, pins, issue 18). */
    record MessagePinned(String roomId, String messageId, String pinnedBy, java.time.Instant pinnedAt)
            implements RoomUpdate {
    }

    /** A pinned message was unpinned ({@code message-unpinned}, pins, issue 18). */
    record MessageUnpinned(String roomId, String messageId, String by) implements RoomUpdate {
    }

    /** A reply to a message was posted or deleted ({@code reply-count-changed}, threads, issue 18). */
    record ReplyCountChanged(String roomId, String messageId, int replyCount) implements RoomUpdate {
    }

    /** Someone started or stopped typing: the others of the room hear it, the typist does not. */
    record Typing(String roomId, String userId, String nicknameMask, boolean isTyping) implements RoomUpdate {
    }

    /** A user's first connection joined the live room: the others hear it. */
    record UserJoined(String roomId, String userId, String nicknameMask, String displayName, int memberCount)
            implements RoomUpdate {
    }

    /** A user's last connection left the live room. */
    record UserLeft(String roomId, String userId, String displayName, int memberCount) implements RoomUpdate {
    }

    record RoomUpdated(String roomId, String name) implements RoomUpdate {
    }

    record ParticipantAdded(String roomId, ParticipantView participant) implements RoomUpdate {
    }

    /** A participant was removed (or left); their connections are taken out of the live room. */
    record ParticipantRemoved(String roomId, String userId, String by) implements RoomUpdate {
    }

    record RoleChanged(String roomId, String userId, String role) implements RoomUpdate {
    }

    record DisplayNameChanged(String roomId, String userId, String displayName) implements RoomUpdate {
    }

    /** The room was deleted; every connection is taken out of it. */
    record RoomDeleted(String roomId) implements RoomUpdate {
    }

    /**
     * A moderator banned a user from the room (issue 18); {@code reason} and {@code until} are {@code null} when none
     * (for good). The user's removal follows as {@link ParticipantRemoved} when they were in the room.
     */
    record UserBanned(String roomId, String userId, String by, String reason, java.time.Instant until)
            implements RoomUpdate {
    }

    /** A moderator muted a participant until {@code until}, or lifted it ({@code muted} false, issue 18). */
    record UserMuted(String roomId, String userId, String by, boolean muted, java.time.Instant until)
            implements RoomUpdate {
    }

    /** This connection was taken out of a room it had joined (removed, or the room deleted). */
    record RoomLeft(String roomId) implements RoomUpdate {
    }

    /** A user of a room this connection joined came online or went offline (002, 004). */
    record Presence(String userId, boolean online) implements LiveUpdate {
    }

    /**
     * A personal notification (004); {@code type} is the notification's own type. A mention (issue 18) names its
     * room and message; other notifications leave them null.
     */
    record Notification(String type, String message, String link, String roomId, String messageId)
            implements LiveUpdate {

        public Notification(String type, String message, String link) {
            this(type, message, link, null, null);
        }
    }
}
