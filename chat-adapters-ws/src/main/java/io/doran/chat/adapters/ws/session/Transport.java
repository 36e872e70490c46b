package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.Delivery;

/**
 * What a transport ({@code /chat}, Socket.IO, ...) does for a {@link LiveSession}: it writes, in its own framing,
 * the frames of one connection and the broadcasts it hears, and it closes. None of these block: a transport
 * queues (boundedly) and closes a client that stops reading as a slow consumer.
 */
public interface Transport {

    /** The transport's name, as operators see it (metrics): {@code chat}, {@code socket.io}, ... */
    String name();

    /** Queues a frame for this connection alone. */
    void send(ServerFrame frame);

    /** Queues a broadcast update, encoded once per transport for all its recipients ({@link Delivery#encoded}). */
    void deliver(Delivery delivery);

    /** Closes after the frames already queued; frames queued later are dropped. Closing twice is harmless. */
    void close(CloseReason reason);
}
