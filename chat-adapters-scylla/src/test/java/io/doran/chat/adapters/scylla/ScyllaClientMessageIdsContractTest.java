package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.contract.ClientMessageIdsContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaClientMessageIdsContractTest extends ClientMessageIdsContract {

    @Override
    protected ClientMessageIds newClientMessageIds() {
        return ScyllaTestStore.store().clientMessageIds();
    }
}
