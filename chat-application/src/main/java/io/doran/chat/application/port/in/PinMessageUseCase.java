package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;

/**
 * Admins and sub-admins (anyone, in a room without an admin) pin a room's messages, at most 50 a room
 * ({@code PIN_LIMIT_REACHED}), and unpin them; the room hears {@code message-pinned} / {@code message-unpinned}
 * (pins, issue 18). Pinning a pinned message, or unpinning one that is not, changes nothing and tells nobody.
 */
public interface PinMessageUseCase {

    /** Pins the message; answers the room's pins as after it. */
    List<PinView> pin(UserId actor, RoomId roomId, MessageId messageId);

    void unpin(UserId actor, RoomId roomId, MessageId messageId);
}
