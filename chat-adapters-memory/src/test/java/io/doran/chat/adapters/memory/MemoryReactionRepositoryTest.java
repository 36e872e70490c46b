package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.contract.ReactionRepositoryContract;

class MemoryReactionRepositoryTest extends ReactionRepositoryContract {

    @Override
    protected ReactionRepository newRepository() {
        return new MemoryReactionRepository();
    }
}
