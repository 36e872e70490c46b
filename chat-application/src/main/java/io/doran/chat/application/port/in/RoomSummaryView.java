package io.doran.chat.application.port.in;

import java.time.Instant;

/**
 * One line of the caller's room list (001): newest activity first, with last message and unread count (000), and
 * how many of the unread messages mention the caller (issue 18).
 */
public record RoomSummaryView(String roomId, String name, String visibility, String postId, int userCount,
                              MessageView lastMessage, int unreadCount, Instant lastActivityAt, Instant expiresAt,
                              Instant createdAt, int mentionCount) {
}
