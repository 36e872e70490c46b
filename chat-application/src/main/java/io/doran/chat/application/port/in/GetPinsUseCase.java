package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Whoever may read a room reads its pinned messages, the most recently pinned first (pins, issue 18); a pinned
 * message that was deleted since is left out.
 */
public interface GetPinsUseCase {

    List<PinView> pins(Optional<UserId> viewer, RoomId roomId);
}
