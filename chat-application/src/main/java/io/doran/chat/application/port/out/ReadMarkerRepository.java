package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/** Read markers (000). The store itself keeps them moving forward only, whatever order writes arrive in. */
public interface ReadMarkerRepository {

    Optional<ReadMarker> find(RoomId roomId, UserId user);

    /** Stores {@code marker} unless the stored one is already at or past it; true when it moved. */
    boolean advance(ReadMarker marker);

    /** Forgets the markers of a deleted room. */
    void deleteRoom(RoomId roomId);
}
