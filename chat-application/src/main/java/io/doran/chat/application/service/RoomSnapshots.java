package io.doran.chat.application.service;

import io.doran.chat.domain.shared.RoomId;
import java.util.Optional;

/**
 * The rooms this node keeps live, each as it last heard of it: a node-local snapshot kept fresh by the room's
 * events (SPEC §7), which a send checks instead of reading the store. A snapshot may lag the store by the time an
 * event takes to arrive, so a refusal by it is confirmed against the store.
 */
public interface RoomSnapshots {

    /** No live rooms: every send reads the store. */
    RoomSnapshots NONE = roomId -> Optional.empty();

    /** The room's snapshot while the room is live on this node. */
    Optional<RoomSnapshot> current(RoomId roomId);
}
