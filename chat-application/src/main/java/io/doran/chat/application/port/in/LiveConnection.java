package io.doran.chat.application.port.in;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;

/**
 * A client connection as the live-room use cases see it, implemented by the WebSocket adapter.
 * {@link #deliver} must not block: the adapter queues (boundedly) and writes on its own.
 */
public interface LiveConnection {

    ConnectionId id();

    UserId userId();

    void deliver(Delivery delivery);

    /** Ends the connection for {@code reason} (for instance {@code USER_SUSPENDED}). */
    void close(ErrorCode reason);
}
