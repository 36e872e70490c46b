package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Messages in memory, one sorted map per room keyed by id, so a page is a slice of at most
 * {@code limit + 1} visible entries plus the soft-deleted ones it skips. Expired rows are invisible.
 */
public class MemoryMessageRepository implements MessageRepository {

    private final Map<RoomId, ConcurrentSkipListMap<Long, Stored>> rooms = new ConcurrentHashMap<>();
    private final Map<Long, RoomId> roomOfMessage = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryMessageRepository(Clock clock) {
        this.clock = clock;
    }

    private record Stored(Message message, Instant expiresAt) {
        boolean visibleAt(Instant now) {
            return !message.isDeleted() && (expiresAt == null || now.isBefore(expiresAt));
        }

        boolean existsAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    @Override
    public void save(Message message, Optional<Instant> expiresAt) {
        rooms.computeIfAbsent(message.roomId(), r -> new ConcurrentSkipListMap<>())
                .put(message.id().value(), new Stored(message, expiresAt.orElse(null)));
        roomOfMessage.put(message.id().value(), message.roomId());
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return Optional.ofNullable(roomOfMessage.get(id.value())).flatMap(roomId -> find(roomId, id));
    }

    @Override
    public Optional<Message> find(RoomId roomId, MessageId id) {
        Instant now = clock.instant();
        return Optional.ofNullable(room(roomId).get(id.value())).filter(s -> s.existsAt(now)).map(Stored::message);
    }

    @Override
    public MessagePage page(RoomId roomId, HistoryCursor cursor, int limit) {
        NavigableMap<Long, Stored> room = room(roomId);
        Instant now = clock.instant();
        return switch (cursor) {
            case HistoryCursor.Latest latest -> collect(room.descendingMap().values().iterator(), limit, now, false);
            case HistoryCursor.Before before ->
                    collect(room.headMap(before.id().value(), false).descendingMap().values().iterator(), limit, now, false);
            case HistoryCursor.After after ->
                    collect(room.tailMap(after.id().value(), false).values().iterator(), limit, now, true);
        };
    }

    private static MessagePage collect(Iterator<Stored> iterator, int limit, Instant now, boolean ascending) {
        List<Message> page = new ArrayList<>(limit);
        boolean more = false;
        while (iterator.hasNext()) {
            Stored stored = iterator.next();
            if (!stored.visibleAt(now)) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(stored.message());
        }
        if (ascending) {
            page = page.reversed();
        }
        return new MessagePage(page, more);
    }

    @Override
    public Optional<Message> latest(RoomId roomId) {
        return page(roomId, HistoryCursor.latest(), 1).messages().stream().findFirst();
    }

    @Override
    public int countAfter(RoomId roomId, Optional<MessageId> after, UserId reader, int cap) {
        NavigableMap<Long, Stored> room = room(roomId);
        NavigableMap<Long, Stored> newer = after.map(id -> room.tailMap(id.value(), false)).orElse(room);
        Instant now = clock.instant();
        int count = 0;
        for (Stored stored : newer.descendingMap().values()) {
            if (count >= cap) {
                break;
            }
            if (stored.visibleAt(now) && !stored.message().isAuthoredBy(reader)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public List<Message> search(RoomId roomId, String query, int limit) {
        String needle = query.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        return room(roomId).descendingMap().values().stream()
                .filter(s -> s.visibleAt(now))
                .map(Stored::message)
                .filter(m -> m.content().map(c -> c.toLowerCase(Locale.ROOT).contains(needle)).orElse(false))
                .limit(limit)
                .toList();
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        ConcurrentSkipListMap<Long, Stored> removed = rooms.remove(roomId);
        if (removed != null) {
            removed.keySet().forEach(id -> roomOfMessage.remove(id, roomId));
        }
    }

    private NavigableMap<Long, Stored> room(RoomId roomId) {
        ConcurrentSkipListMap<Long, Stored> room = rooms.get(roomId);
        return room == null ? new ConcurrentSkipListMap<>() : room;
    }
}
