package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/** A participant (or anyone, in a public room) searches a room's messages (003). */
public interface SearchMessagesUseCase {

    int MAX_RESULTS = 50;

    List<MessageView> search(Optional<UserId> viewer, RoomId roomId, String query, int limit);
}
