package io.doran.chat.application.port.in;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/**
 * Another service stores a message (004 internal API): on a participant's behalf, or, without a
 * sender, as a system notice. Broadcast like any other message.
 */
public interface PostServiceMessageUseCase {

    MessageView post(RoomId roomId, Optional<UserId> onBehalfOf, String messageType, String content, String imageUrl,
                     Optional<ClientMessageId> clientMessageId);
}
