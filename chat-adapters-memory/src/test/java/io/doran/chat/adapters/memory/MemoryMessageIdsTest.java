package io.doran.chat.adapters.memory;

import java.time.Clock;
import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.contract.MessageIdsContract;

class MemoryMessageIdsTest extends MessageIdsContract {

    @Override
    protected MessageIds newMessageIds() {
        return new MemoryMessageIds(7, Clock.systemUTC());
    }
}
