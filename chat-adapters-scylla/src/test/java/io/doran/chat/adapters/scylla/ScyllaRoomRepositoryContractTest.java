package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.contract.RoomRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaRoomRepositoryContractTest extends RoomRepositoryContract {

    @Override
    protected RoomRepository newRepository() {
        return ScyllaTestStore.store().rooms();
    }
}
