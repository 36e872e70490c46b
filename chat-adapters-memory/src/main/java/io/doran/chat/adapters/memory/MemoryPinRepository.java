package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pinned messages in memory, one map per room keyed by message id (pins, issue 18). */
public class MemoryPinRepository implements PinRepository {

    private final Map<RoomId, Map<MessageId, Pin>> rooms = new ConcurrentHashMap<>();

    @Override
    public boolean add(Pin pin) {
        return rooms.computeIfAbsent(pin.roomId(), r -> new ConcurrentHashMap<>()).putIfAbsent(pin.messageId(), pin) == null;
    }

    @Override
    public boolean remove(RoomId roomId, MessageId messageId) {
        Map<MessageId, Pin> room = rooms.get(roomId);
        return room != null && room.remove(messageId) != null;
    }

    @Override
    public List<Pin> list(RoomId roomId) {
        return rooms.getOrDefault(roomId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Pin::pinnedAt).thenComparing(pin -> pin.messageId().value()).reversed())
                .toList();
    }

    @Override
    public int count(RoomId roomId) {
        return rooms.getOrDefault(roomId, Map.of()).size();
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        rooms.remove(roomId);
    }
}
