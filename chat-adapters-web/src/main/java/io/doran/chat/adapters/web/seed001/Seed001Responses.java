package io.doran.chat.adapters.web.seed001;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Seed 001's response bodies, snake_case in the style of its Django REST framework serializers (its document
 * gives the requests only). {@code post_id} is a number when the room was made with one. A message names its
 * sender as the WebSocket frames of 001 do: {@code sender} is the email (the user id when none is known).
 */
final class Seed001Responses {

    private Seed001Responses() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Room(String id, String name, Object postId, Instant createdAt, int userCount) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RoomDetail(String id, String name, Object postId, String createdBy, Instant createdAt, int userCount,
                      List<Participant> participants, List<Message> messages) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Participant(String userId, String nickname, String role) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Message(String id, String room, String userId, String message, String sender, String nickname,
                   String profilePictureUrl, Instant createdAt) {
    }
}
