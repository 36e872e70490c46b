package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.contract.RecentMessageCacheContract;

class MemoryRecentMessageCacheTest extends RecentMessageCacheContract {

    @Override
    protected RecentMessageCache newCacheOfThree() {
        return new MemoryRecentMessageCache(3);
    }
}
