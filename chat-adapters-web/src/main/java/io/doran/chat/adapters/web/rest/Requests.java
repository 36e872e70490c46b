package io.doran.chat.adapters.web.rest;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.List;

/** The JSON bodies clients send (SPEC §4). Identity is never among them: the caller comes from the credential. */
final class Requests {

    private Requests() {
    }

    /**
     * Today's body, or seed 000's ({@code creatorId}, {@code targetUserIds}; its {@code createdAt} is not
     * read): a body naming either of those is seed 000's and answers in its shape.
     */
    record CreateRoom(String name, List<String> participantIds, String postId, String visibility, Integer ttlHours,
                      String creatorId, List<String> targetUserIds) {
        boolean isSeed000() {
            return creatorId != null || targetUserIds != null;
        }
    }

    record RenameRoom(String name) {
    }

    record AddParticipant(String userId, String role) {
    }

    record UpdateParticipant(String role, String displayName) {
    }

    /** {@code type} is accepted as (002)'s name for {@code messageType}; {@code userId} (000) must be the caller. */
    /** {@code replyTo}: the id of the message this one replies to (threads, issue 18). */
    record SendMessage(String messageType, String type, String content, String imageUrl, String clientMessageId,
                       String userId, String replyTo) {
        String effectiveType() {
            return messageType != null ? messageType : type;
        }
    }

    /** {@code newContent} and {@code userId} (the caller) are seed 000's spelling. */
    record EditMessage(String content, String newContent, String userId) {
        String effectiveContent() {
            if (content != null && newContent != null) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "use content or newContent, not both");
            }
            return content != null ? content : newContent;
        }
    }

    /** The optional body of seed 000's delete and read calls: {@code {userId}}, which must be the caller. */
    record Actor(String userId) {
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
