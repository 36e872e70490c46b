package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.contract.PresenceContract;

class MemoryPresenceTest extends PresenceContract {

    @Override
    protected Presence newPresence() {
        return new MemoryPresence();
    }
}
