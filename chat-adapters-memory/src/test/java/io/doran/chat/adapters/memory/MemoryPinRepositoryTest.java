package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.contract.PinRepositoryContract;

class MemoryPinRepositoryTest extends PinRepositoryContract {

    @Override
    protected PinRepository newRepository() {
        return new MemoryPinRepository();
    }
}
