package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.contract.RoomEventBroadcasterContract;
import java.time.Clock;

class MemoryRoomEventBroadcasterTest extends RoomEventBroadcasterContract {

    @Override
    protected RoomEventBroadcaster newBroadcaster() {
        return new MemoryRoomEventBroadcaster(Clock.systemUTC(), new MemoryRecentMessageCache(20),
                new MemoryRateLimiter(Clock.systemUTC()));
    }
}
