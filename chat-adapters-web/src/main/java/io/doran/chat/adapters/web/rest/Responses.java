package io.doran.chat.adapters.web.rest;

import io.doran.chat.application.port.in.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON bodies the REST API answers with (SPEC §4) where they differ from the use cases' views; where a view is
 * already the body (a message — the same object as in WebSocket frames —, a history page, reactions, presence) the
 * controllers answer with the view itself.
 */
final class Responses {

    private Responses() {
    }

    record Participant(String userId, String displayName, String role, Instant joinedAt) {
    }

    record Room(String roomId, String name, String visibility, String postId, String createdBy, Instant createdAt,
                Instant expiresAt, List<Participant> participants, int userCount) {
    }

    record RoomSummary(String roomId, String name, String visibility, String postId, int userCount, MessageView lastMessage,
                       int unreadCount, Instant lastActivityAt, Instant expiresAt, int mentionCount) {
    }

    record SearchResult(List<MessageView> messages) {
    }

    record Read(String roomId, String messageId, int unreadCount) {
    }

    record Token(String token) {
    }
}
