package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.contract.MessageRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaMessageRepositoryContractTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return ScyllaTestStore.store().messages();
    }
}
