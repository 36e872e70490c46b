package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.contract.PinRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaPinRepositoryContractTest extends PinRepositoryContract {

    @Override
    protected PinRepository newRepository() {
        return ScyllaTestStore.store().pins();
    }
}
