package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageRevision;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Messages in memory, one sorted map per room keyed by id, so a page is a slice of at most
 * {@code limit + 1} visible entries plus the soft-deleted ones it skips. Expired rows are invisible.
 * The store is a window ({@link MemorySettings}): past {@code maxMessagesPerRoom} in a room its oldest
 * message is dropped, past {@code maxMessages} overall the oldest message of any room; whoever keeps
 * something per message (reactions) hears of each drop.
 */
public class MemoryMessageRepository implements MessageRepository {

    /** A room's messages and how many there are (a skip list counts itself only by walking). */
    private record Room(ConcurrentSkipListMap<Long, Stored> messages, AtomicInteger count) {
        Room() {
            this(new ConcurrentSkipListMap<>(), new AtomicInteger());
        }
    }

    private final Map<RoomId, Room> rooms = new ConcurrentHashMap<>();
    /**
     * Every stored message's room by its id, oldest first: what finds a message by id alone, and what the
     * overall window drops from.
     */
    private final ConcurrentSkipListMap<Long, RoomId> roomOfMessage = new ConcurrentSkipListMap<>();
    private final AtomicInteger total = new AtomicInteger();
    /** The earlier versions of edited messages by message id, by revision (issue 18); dropped with the message. */
    private final Map<Long, ConcurrentSkipListMap<Integer, StoredRevision>> revisions = new ConcurrentHashMap<>();
    /** The ids of the replies to each message by the parent's id (threads, issue 18); visibility is the message's. */
    private final Map<Long, ConcurrentSkipListSet<Long>> repliesOf = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MemorySettings settings;
    private final BiConsumer<RoomId, MessageId> onDrop;

    public MemoryMessageRepository(Clock clock) {
        this(clock, MemorySettings.defaults(), (room, id) -> { });
    }

    /** {@code onDrop} hears of every message the windows drop (not of {@link #deleteRoom}). */
    public MemoryMessageRepository(Clock clock, MemorySettings settings, BiConsumer<RoomId, MessageId> onDrop) {
        this.clock = clock;
        this.settings = settings;
        this.onDrop = onDrop;
    }

    private record Stored(Message message, Instant expiresAt) {
        boolean visibleAt(Instant now) {
            return !message.isDeleted() && (expiresAt == null || now.isBefore(expiresAt));
        }

        boolean existsAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    private record StoredRevision(MessageRevision revision, Instant expiresAt) {
    }

    /** Stores or rewrites (edit, soft delete) a message; a new one may push the oldest out of a window. */
    @Override
    public void save(Message message, Optional<Instant> expiresAt) {
        RoomId roomId = message.roomId();
        Room room = rooms.computeIfAbsent(roomId, r -> new Room());
        long id = message.id().value();
        message.replyTo().ifPresent(parent -> repliesOf.computeIfAbsent(parent.messageId().value(),
                p -> new ConcurrentSkipListSet<>()).add(id));
        if (room.messages().put(id, new Stored(message, expiresAt.orElse(null))) != null) {
            return;
        }
        roomOfMessage.put(id, roomId);
        room.count().incrementAndGet();
        total.incrementAndGet();
        while (room.count().get() > settings.maxMessagesPerRoom()) {
            Map.Entry<Long, Stored> oldest = room.messages().firstEntry();
            if (oldest == null || !drop(roomId, room, oldest.getKey())) {
                break;
            }
        }
        while (total.get() > settings.maxMessages()) {
            Map.Entry<Long, RoomId> oldest = roomOfMessage.firstEntry();
            if (oldest == null) {
                break;
            }
            Room holder = rooms.get(oldest.getValue());
            if (holder == null || !drop(oldest.getValue(), holder, oldest.getKey())) {
                roomOfMessage.remove(oldest.getKey(), oldest.getValue());
            }
        }
    }

    /** Drops one message, once even when two writers race for it; true when this call dropped it. */
    private boolean drop(RoomId roomId, Room room, long id) {
        if (room.messages().remove(id) == null) {
            return false;
        }
        roomOfMessage.remove(id);
        revisions.remove(id);
        repliesOf.remove(id);
        room.count().decrementAndGet();
        total.decrementAndGet();
        onDrop.accept(roomId, new MessageId(id));
        return true;
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
    public int countMentionsAfter(RoomId roomId, Optional<MessageId> after, UserId user, int cap) {
        NavigableMap<Long, Stored> room = room(roomId);
        NavigableMap<Long, Stored> newer = after.map(id -> room.tailMap(id.value(), false)).orElse(room);
        Instant now = clock.instant();
        int count = 0;
        for (Stored stored : newer.descendingMap().values()) {
            if (count >= cap) {
                break;
            }
            if (stored.visibleAt(now) && stored.message().mentions().contains(user)) {
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
        Room room = rooms.remove(roomId);
        if (room != null) {
            room.messages().keySet().forEach(id -> {
                revisions.remove(id);
                repliesOf.remove(id);
                if (roomOfMessage.remove(id, roomId)) {
                    total.decrementAndGet();
                }
            });
        }
    }

    @Override
    public void saveRevision(RoomId roomId, MessageRevision revision, Optional<Instant> expiresAt) {
        if (!room(roomId).containsKey(revision.messageId().value())) {
            return;
        }
        revisions.computeIfAbsent(revision.messageId().value(), id -> new ConcurrentSkipListMap<>())
                .putIfAbsent(revision.revision(), new StoredRevision(revision, expiresAt.orElse(null)));
    }

    @Override
    public List<MessageRevision> revisions(RoomId roomId, MessageId id) {
        Instant now = clock.instant();
        if (find(roomId, id).isEmpty()) {
            return List.of();
        }
        return revisions.getOrDefault(id.value(), new ConcurrentSkipListMap<>()).values().stream()
                .filter(stored -> stored.expiresAt() == null || now.isBefore(stored.expiresAt()))
                .map(StoredRevision::revision)
                .toList();
    }

    @Override
    public MessagePage replies(RoomId roomId, MessageId parent, Optional<MessageId> before, int limit) {
        NavigableSet<Long> all = repliesOf.getOrDefault(parent.value(), new ConcurrentSkipListSet<>());
        NavigableSet<Long> older = before.map(id -> all.headSet(id.value(), false)).orElse(all);
        NavigableMap<Long, Stored> room = room(roomId);
        Instant now = clock.instant();
        List<Message> newestFirst = new ArrayList<>();
        boolean more = false;
        for (Long id : older.descendingSet()) {
            Stored stored = room.get(id);
            if (stored == null || !stored.visibleAt(now)) {
                continue;
            }
            if (newestFirst.size() == limit) {
                more = true;
                break;
            }
            newestFirst.add(stored.message());
        }
        return new MessagePage(newestFirst.reversed(), more);
    }

    @Override
    public Map<MessageId, Integer> replyCounts(RoomId roomId, Collection<MessageId> parents) {
        NavigableMap<Long, Stored> room = room(roomId);
        Instant now = clock.instant();
        Map<MessageId, Integer> counts = new HashMap<>();
        for (MessageId parent : parents) {
            int count = 0;
            for (Long id : repliesOf.getOrDefault(parent.value(), new ConcurrentSkipListSet<>())) {
                Stored stored = room.get(id);
                if (stored != null && stored.visibleAt(now)) {
                    count++;
                }
            }
            if (count > 0) {
                counts.put(parent, count);
            }
        }
        return counts;
    }

    /** How many messages are kept now, over all rooms (tests). */
    int size() {
        return total.get();
    }

    private NavigableMap<Long, Stored> room(RoomId roomId) {
        Room room = rooms.get(roomId);
        return room == null ? new ConcurrentSkipListMap<>() : room.messages();
    }
}
