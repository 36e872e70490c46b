package io.doran.chat.adapters.scylla;

import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.contract.ModerationRepositoryContract;

/** The port's contract, unchanged, against a real CQL server. */
class ScyllaModerationRepositoryContractTest extends ModerationRepositoryContract {

    @Override
    protected ModerationRepository newStore() {
        return ScyllaTestStore.store().moderation();
    }
}
