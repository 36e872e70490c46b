package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;

/** A participant adds ({@code on}) or removes a reaction (000); adding twice changes nothing. */
public interface ReactToMessageUseCase {

    ReactionsView react(UserId actor, RoomId roomId, MessageId messageId, String kind, boolean on);
}
