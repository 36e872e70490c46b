package io.doran.chat.adapters.ws.socketio.engine;

/**
 * What an application hears from one Engine.IO session. Messages arrive on the thread that read them
 * (Jetty's, for a WebSocket frame or a polling request), one at a time and in order, so a listener needs
 * no thread hop and no lock of its own for its session's messages.
 */
public interface EngineListener {

    /** A text message (the data of a {@code 4} packet). */
    void onMessage(String text);

    /** A binary message. */
    void onBinary(byte[] data);

    /**
     * The session ended; called once. It may run on any thread, including one that was writing to
     * another session under its caller's locks: it must only record the fact and hand real work elsewhere.
     */
    void onClose(CloseReason reason);
}
