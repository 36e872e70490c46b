package io.doran.chat.application.port.in;

import io.doran.chat.domain.live.ConnectionId;

/** A client's connection ends: it leaves its live rooms (typing cleared), and the user may go offline. */
public interface DisconnectUseCase {

    void disconnect(ConnectionId connection);
}
