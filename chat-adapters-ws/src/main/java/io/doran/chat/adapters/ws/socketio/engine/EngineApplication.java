package io.doran.chat.adapters.ws.socketio.engine;

/** The protocol above Engine.IO (Socket.IO, or the echo of the Engine.IO compliance suite). */
@FunctionalInterface
public interface EngineApplication {

    /**
     * A session opened (its handshake is already on its way to the client); answers who listens to it.
     * The session may be sent to right away.
     */
    EngineListener open(EngineSession session);
}
