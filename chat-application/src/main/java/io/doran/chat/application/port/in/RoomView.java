package io.doran.chat.application.port.in;

import java.time.Instant;
import java.util.List;

/** A room with its participants (000, 001). */
public record RoomView(String roomId, String name, String visibility, String postId, String createdBy,
                       Instant createdAt, Instant expiresAt, List<ParticipantView> participants, int userCount) {

    public RoomView {
        participants = List.copyOf(participants);
    }
}
