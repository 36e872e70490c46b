package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RecentWindow;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The recent-messages cache in memory: per room a version counter and, when warm, a window. */
public class MemoryRecentMessageCache implements RecentMessageCache {

    private record Entry(long version, RecentWindow window) {
    }

    private final Map<RoomId, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    public MemoryRecentMessageCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public Optional<RecentWindow> get(RoomId roomId) {
        return Optional.ofNullable(entries.get(roomId)).map(Entry::window);
    }

    @Override
    public long version(RoomId roomId) {
        Entry entry = entries.get(roomId);
        return entry == null ? 0 : entry.version();
    }

    @Override
    public boolean fill(RoomId roomId, RecentWindow window, long expectedVersion) {
        RecentWindow trimmed = window.newestFirst().size() <= capacity ? window
                : new RecentWindow(window.newestFirst().subList(0, capacity), true);
        boolean[] filled = {false};
        entries.compute(roomId, (id, entry) -> {
            long version = entry == null ? 0 : entry.version();
            if (version != expectedVersion) {
                return entry;
            }
            filled[0] = true;
            return new Entry(version, trimmed);
        });
        return filled[0];
    }

    @Override
    public void append(Message message) {
        change(message.roomId(), window -> {
            if (window.newestFirst().stream().anyMatch(m -> m.id().equals(message.id()))) {
                return window;
            }
            List<Message> messages = new ArrayList<>(window.newestFirst().size() + 1);
            messages.add(message);
            messages.addAll(window.newestFirst());
            boolean trimmed = messages.size() > capacity;
            return new RecentWindow(trimmed ? messages.subList(0, capacity) : messages, window.hasOlder() || trimmed);
        });
    }

    @Override
    public void replace(Message message) {
        change(message.roomId(), window -> new RecentWindow(window.newestFirst().stream()
                .map(m -> m.id().equals(message.id()) ? message : m).toList(), window.hasOlder()));
    }

    @Override
    public void remove(RoomId roomId, MessageId messageId) {
        evict(roomId);
    }

    @Override
    public void evict(RoomId roomId) {
        entries.compute(roomId, (id, entry) -> new Entry(entry == null ? 1 : entry.version() + 1, null));
    }

    @Override
    public int capacity() {
        return capacity;
    }

    private void change(RoomId roomId, java.util.function.UnaryOperator<RecentWindow> change) {
        entries.compute(roomId, (id, entry) -> {
            long version = entry == null ? 1 : entry.version() + 1;
            RecentWindow window = entry == null || entry.window() == null ? null : change.apply(entry.window());
            return new Entry(version, window);
        });
    }
}
