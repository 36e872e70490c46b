package io.doran.chat.adapters.memory;

import java.time.Clock;
import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.contract.ClientMessageIdsContract;

class MemoryClientMessageIdsTest extends ClientMessageIdsContract {

    @Override
    protected ClientMessageIds newClientMessageIds() {
        return new MemoryClientMessageIds(Clock.systemUTC());
    }
}
