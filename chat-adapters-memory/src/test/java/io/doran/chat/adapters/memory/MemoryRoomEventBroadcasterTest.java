package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.contract.RoomEventBroadcasterContract;

class MemoryRoomEventBroadcasterTest extends RoomEventBroadcasterContract {

    @Override
    protected RoomEventBroadcaster newBroadcaster() {
        return new MemoryRoomEventBroadcaster();
    }
}
