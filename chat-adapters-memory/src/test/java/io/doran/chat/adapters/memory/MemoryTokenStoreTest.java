package io.doran.chat.adapters.memory;

import java.time.Clock;
import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.contract.TokenStoreContract;

class MemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore newTokenStore() {
        return new MemoryTokenStore(Clock.systemUTC());
    }
}
