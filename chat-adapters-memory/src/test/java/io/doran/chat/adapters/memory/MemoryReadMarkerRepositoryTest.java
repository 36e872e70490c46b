package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.contract.ReadMarkerRepositoryContract;

class MemoryReadMarkerRepositoryTest extends ReadMarkerRepositoryContract {

    @Override
    protected ReadMarkerRepository newRepository() {
        return new MemoryReadMarkerRepository();
    }
}
