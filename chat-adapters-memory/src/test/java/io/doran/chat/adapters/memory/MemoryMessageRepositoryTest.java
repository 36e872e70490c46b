package io.doran.chat.adapters.memory;

import java.time.Clock;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.contract.MessageRepositoryContract;

class MemoryMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return new MemoryMessageRepository(Clock.systemUTC());
    }
}
