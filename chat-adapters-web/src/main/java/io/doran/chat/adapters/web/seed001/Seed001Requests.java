package io.doran.chat.adapters.web.seed001;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Seed 001's request bodies, snake_case as its document writes them. Its ids are numbers there
 * ({@code "post_id": 1}, {@code "room": 1}): a number is read as its text ({@link NumberOrText}; no other field
 * takes a number for text), and Doran's room ids are UUIDs.
 */
final class Seed001Requests {

    private Seed001Requests() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreateRoom(String name, @JsonDeserialize(using = NumberOrText.class) String postId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PostMessage(String message, @JsonDeserialize(using = NumberOrText.class) String room) {
    }
}
