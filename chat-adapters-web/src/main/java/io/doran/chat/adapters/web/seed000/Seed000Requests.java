package io.doran.chat.adapters.web.seed000;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Seed 000's request bodies, as its document writes them. A {@code userId} in them must be the caller's. */
final class Seed000Requests {

    private Seed000Requests() {
    }

    record Rename(String name) {
    }

    record ChangeRole(String role) {
    }

    /** "edited_name": empty means "use the name from the user directory" (000 §1.5.1). */
    record EditName(@JsonProperty("edited_name") String editedName) {
    }

    record React(String userId, String reactionType) {
    }

    record Connect(String userId) {
    }
}
