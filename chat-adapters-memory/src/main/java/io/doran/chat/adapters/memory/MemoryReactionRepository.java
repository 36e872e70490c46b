package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.message.Reactions;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reactions in memory: one domain {@link Reactions} set per message, each guarded by its own lock. */
public class MemoryReactionRepository implements ReactionRepository {

    private final Map<RoomId, Map<MessageId, Reactions>> rooms = new ConcurrentHashMap<>();

    @Override
    public boolean add(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind) {
        Reactions reactions = reactions(roomId, messageId);
        synchronized (reactions) {
            return reactions.add(user, kind);
        }
    }

    @Override
    public boolean remove(RoomId roomId, MessageId messageId, UserId user, ReactionKind kind) {
        Reactions reactions = reactions(roomId, messageId);
        synchronized (reactions) {
            return reactions.remove(user, kind);
        }
    }

    @Override
    public Map<MessageId, ReactionSummary> summaries(RoomId roomId, Collection<MessageId> messageIds,
                                                      Optional<UserId> viewer) {
        Map<MessageId, Reactions> room = rooms.getOrDefault(roomId, Map.of());
        Map<MessageId, ReactionSummary> summaries = new HashMap<>();
        for (MessageId id : messageIds) {
            Reactions reactions = room.get(id);
            if (reactions != null) {
                synchronized (reactions) {
                    if (!reactions.isEmpty()) {
                        summaries.put(id, reactions.summaryFor(viewer));
                    }
                }
            }
        }
        return summaries;
    }

    /** Forgets a message's reactions: the message store dropped it from its window. */
    public void forget(RoomId roomId, MessageId messageId) {
        Map<MessageId, Reactions> room = rooms.get(roomId);
        if (room != null) {
            room.remove(messageId);
        }
    }

    @Override
    public void deleteRoom(RoomId roomId) {
        rooms.remove(roomId);
    }

    private Reactions reactions(RoomId roomId, MessageId messageId) {
        return rooms.computeIfAbsent(roomId, r -> new ConcurrentHashMap<>()).computeIfAbsent(messageId, m -> new Reactions());
    }
}
