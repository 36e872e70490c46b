package io.doran.chat.adapters.web.rest;

import java.util.List;

/** The JSON bodies clients send (SPEC §4). Identity is never among them: the caller comes from the credential. */
final class Requests {

    private Requests() {
    }

    record CreateRoom(String name, List<String> participantIds, String postId, String visibility, Integer ttlHours) {
    }

    record RenameRoom(String name) {
    }

    record AddParticipant(String userId, String role) {
    }

    record UpdateParticipant(String role, String displayName) {
    }

    /** {@code type} is accepted as (002)'s name for {@code messageType}. */
    record SendMessage(String messageType, String type, String content, String imageUrl, String clientMessageId) {
        String effectiveType() {
            return messageType != null ? messageType : type;
        }
    }

    record EditMessage(String content) {
    }

    record DevToken(String userId, String nickname) {
    }

    record InternalMessage(String roomId, String userId, String messageType, String type, String content,
                           String imageUrl, String clientMessageId) {
        String effectiveType() {
            return messageType != null ? messageType : type;
        }
    }

    record ConnectionStatus(String userId, String connectionId, Boolean connected) {
    }

    record Notification(String userId, String type, String message, String link) {
    }

    record UserEvent(String userId, String status) {
    }
}
