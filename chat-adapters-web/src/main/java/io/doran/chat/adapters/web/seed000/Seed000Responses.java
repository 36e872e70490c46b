package io.doran.chat.adapters.web.seed000;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** Seed 000's response bodies: a room as its document shows it, and the live room behind {@code connect}. */
final class Seed000Responses {

    private Seed000Responses() {
    }

    /** {@code edited_name}: the per-room name, empty when unset (the directory's name is then used). */
    record Participant(String userId, @JsonProperty("edited_name") String editedName, String role) {
    }

    record Room(String roomId, String name, Instant createdAt, List<Participant> participants, int userCount) {
    }

    /** The room's live state and where to connect for it (000 §3: one live room per chatroomId). */
    record LiveRoom(String roomId, int memberCount, List<Participant> members, String webSocketUrl) {
    }
}
