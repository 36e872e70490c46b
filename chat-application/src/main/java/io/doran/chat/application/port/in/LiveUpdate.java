package io.doran.chat.application.port.in;

import java.util.Optional;

/**
 * What a live connection is told (SPEC §5 server frames), already resolved into views: one variant per
 * server event. The WebSocket adapter turns each into exactly one frame type.
 */
public sealed interface LiveUpdate {

    /** The room the update is about, when it is about one. */
    Optional<String> roomId();

    record NewMessage(MessageView message) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(message.roomId());
        }
    }

    record MessageEdited(MessageView message) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(message.roomId());
        }
    }

    record MessageDeleted(String room, String messageId, String deletedBy) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record ReactionChanged(String room, String messageId, String userId, String kind, boolean on)
            implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record MessageRead(String room, String userId, String messageId) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record Typing(String room, String userId, String nicknameMask, boolean isTyping) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record UserJoined(String room, String userId, String nicknameMask, int memberCount) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record UserLeft(String room, String userId, int memberCount) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record RoomUpdated(String room, String name) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record ParticipantAdded(String room, ParticipantView participant) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record ParticipantRemoved(String room, String userId, String by) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record RoleChanged(String room, String userId, String role) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record DisplayNameChanged(String room, String userId, String displayName) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record RoomDeleted(String room) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    /** The connection was taken out of a room it had joined (removed, room deleted or closed). */
    record RoomLeft(String room) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.of(room);
        }
    }

    record Presence(String userId, boolean online) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.empty();
        }
    }

    record Notification(String type, String message, String link) implements LiveUpdate {
        public Optional<String> roomId() {
            return Optional.empty();
        }
    }
}
