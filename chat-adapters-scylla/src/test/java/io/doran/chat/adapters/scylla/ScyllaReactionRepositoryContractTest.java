package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.contract.ReactionRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaReactionRepositoryContractTest extends ReactionRepositoryContract {

    @Override
    protected ReactionRepository newRepository() {
        return ScyllaTestStore.store().reactions();
    }
}
