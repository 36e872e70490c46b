package io.doran.chat.application.port.in;

import java.util.List;

/** A room's live state (000): its participants connected now on any node, and their count. */
public record LiveRoomView(String roomId, int memberCount, List<ParticipantView> members) {

    public LiveRoomView {
        members = List.copyOf(members);
    }
}
