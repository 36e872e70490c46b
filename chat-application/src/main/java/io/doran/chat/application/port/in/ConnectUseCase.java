package io.doran.chat.application.port.in;

/**
 * An authenticated client connects (SPEC §5): it becomes reachable for personal events
 * (notifications, presence) and the user comes online when it is their first connection.
 */
public interface ConnectUseCase {

    void connect(LiveConnection connection);
}
