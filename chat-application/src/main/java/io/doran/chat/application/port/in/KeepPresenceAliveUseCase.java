package io.doran.chat.application.port.in;

/**
 * The heartbeat of presence (SPEC §6): this node's open connections are marked alive again, so that
 * only the connections of a node that stopped (crashed) lapse and their users go offline. Called
 * periodically, well within the presence TTL.
 */
public interface KeepPresenceAliveUseCase {

    void keepPresenceAlive();
}
