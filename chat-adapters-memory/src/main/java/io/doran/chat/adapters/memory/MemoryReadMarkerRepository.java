package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Read markers in memory; {@link #advance} keeps the newer of the stored and the offered marker, atomically. */
public class MemoryReadMarkerRepository implements ReadMarkerRepository {

    private record Key(RoomId roomId, UserId userId) {
    }

    private final Map<Key, ReadMarker> markers = new ConcurrentHashMap<>();

    @Override
    public Optional<ReadMarker> find(RoomId roomId, UserId user) {
        return Optional.ofNullable(markers.get(new Key(roomId, user)));
    }

    @Override
    public boolean advance(ReadMarker marker) {
        boolean[] moved = {false};
        markers.compute(new Key(marker.roomId(), marker.userId()), (key, stored) -> {
            if (stored == null || marker.lastRead().isAfter(stored.lastRead())) {
                moved[0] = true;
                return marker;
            }
            return stored;
        });
        return moved[0];
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        markers.keySet().removeIf(key -> key.roomId().equals(roomId));
    }
}
