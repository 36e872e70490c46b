package io.doran.chat.adapters.web.seed001;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Seed 001's request bodies, snake_case as its document writes them. Its ids are numbers there
 * ({@code "post_id": 1}, {@code "room": 1}): a number is read as its text, and Doran's room ids are UUIDs.
 */
final class Seed001Requests {

    private Seed001Requests() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreateRoom(String name, String postId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PostMessage(String message, String room) {
    }
}
