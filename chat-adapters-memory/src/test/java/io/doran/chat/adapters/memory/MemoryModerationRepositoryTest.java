package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.contract.ModerationRepositoryContract;

class MemoryModerationRepositoryTest extends ModerationRepositoryContract {

    @Override
    protected ModerationRepository newStore() {
        return new MemoryModerationRepository();
    }
}
