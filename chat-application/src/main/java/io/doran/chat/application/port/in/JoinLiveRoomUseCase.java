package io.doran.chat.application.port.in;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;
import java.util.Optional;

/**
 * A connected participant joins a room's live stream (000, 002): the live room is created or woken,
 * others hear {@code user-joined}, and with {@code lastMessageId} the reply carries what was missed
 * (bounded, with {@code hasMore}) so a reconnecting client loses nothing.
 */
public interface JoinLiveRoomUseCase {

    Joined join(ConnectionId connection, RoomId roomId, Optional<MessageId> lastMessageId);

    /** {@code missed} oldest first. */
    record Joined(String roomId, int memberCount, List<MessageView> missed, boolean hasMore) {
        public Joined {
            missed = List.copyOf(missed);
        }
    }
}
