package io.doran.chat.application.service;

import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which live rooms of this node each user participates in, from the rooms' snapshots: who hears a user's
 * presence (002, 004) is found without asking any store, and without looking at every live room.
 */
final class ParticipantIndex {

    private final Map<UserId, Set<RoomId>> roomsByUser = new ConcurrentHashMap<>();

    /** The room's snapshot changed from {@code before} to {@code after}; either may be null (opened, closed). */
    void replace(RoomId roomId, ChatRoom before, ChatRoom after) {
        if (before != null) {
            for (Participant participant : before.participants()) {
                if (after == null || !after.isParticipant(participant.userId())) {
                    roomsByUser.computeIfPresent(participant.userId(), (user, rooms) -> {
                        rooms.remove(roomId);
                        return rooms.isEmpty() ? null : rooms;
                    });
                }
            }
        }
        if (after != null) {
            for (Participant participant : after.participants()) {
                roomsByUser.compute(participant.userId(), (user, rooms) -> {
                    Set<RoomId> set = rooms == null ? ConcurrentHashMap.newKeySet() : rooms;
                    set.add(roomId);
                    return set;
                });
            }
        }
    }

    Set<RoomId> roomsOf(UserId user) {
        return Set.copyOf(roomsByUser.getOrDefault(user, Set.of()));
    }
}
