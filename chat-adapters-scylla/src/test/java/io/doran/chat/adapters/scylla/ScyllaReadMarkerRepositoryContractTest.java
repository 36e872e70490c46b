package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.contract.ReadMarkerRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaReadMarkerRepositoryContractTest extends ReadMarkerRepositoryContract {

    @Override
    protected ReadMarkerRepository newRepository() {
        return ScyllaTestStore.store().readMarkers();
    }
}
