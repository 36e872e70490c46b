package io.doran.chat.adapters.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON bodies the REST API answers with (SPEC §4); a message is the same object as in WebSocket frames. */
final class Responses {

    private Responses() {
    }

    record Participant(String userId, String displayName, String role, Instant joinedAt) {
    }

    record Room(String roomId, String name, String visibility, String postId, String createdBy, Instant createdAt,
                Instant expiresAt, List<Participant> participants, int userCount) {
    }

    record Message(String messageId, String roomId, String userId, String nicknameMask, String displayName,
                   String messageType, String content, String imageUrl, Instant createdAt, Instant editedAt,
                   String clientMessageId, Map<String, Long> reactions, Set<String> myReactions) {
    }

    record RoomSummary(String roomId, String name, String visibility, String postId, int userCount, Message lastMessage,
                       int unreadCount, Instant lastActivityAt, Instant expiresAt) {
    }

    record History(List<Message> messages, boolean hasMore) {
    }

    record SearchResult(List<Message> messages) {
    }

    record Reactions(String roomId, String messageId, Map<String, Long> reactions, Set<String> myReactions) {
    }

    record Read(String roomId, String messageId, int unreadCount) {
    }

    record Presence(String userId, boolean online, Instant lastSeen) {
    }

    record Token(String token) {
    }
}
