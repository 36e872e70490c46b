package io.doran.chat.application.port.in;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;

/** A connection in a live room says its user is (or stopped) typing; the others hear it (002). */
public interface SendTypingUseCase {

    void typing(ConnectionId connection, RoomId roomId, boolean isTyping);
}
