package io.doran.chat.adapters.memory;

import io.doran.chat.contract.MessageSequencerContract;

class MemoryMessageSequencerTest extends MessageSequencerContract {

    @Override
    protected Ordered newOrdered() {
        MemoryRoomEventBroadcaster broadcaster = new MemoryRoomEventBroadcaster();
        return new Ordered(broadcaster, broadcaster);
    }
}
