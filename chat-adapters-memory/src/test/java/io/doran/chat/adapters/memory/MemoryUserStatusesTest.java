package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.contract.UserStatusesContract;

class MemoryUserStatusesTest extends UserStatusesContract {

    @Override
    protected UserStatuses newStatuses() {
        return new MemoryUserStatuses();
    }
}
