package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.contract.UserEventBroadcasterContract;

class MemoryUserEventBroadcasterTest extends UserEventBroadcasterContract {

    @Override
    protected UserEventBroadcaster newBroadcaster() {
        return new MemoryUserEventBroadcaster();
    }
}
