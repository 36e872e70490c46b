package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.MessageIdGenerator;
import java.time.Clock;

/** Message ids from a configured node id (one node: the embedded default, or {@code chat.node-id}). */
public class MemoryMessageIds implements MessageIds {

    private final MessageIdGenerator generator;

    public MemoryMessageIds(int nodeId, Clock clock) {
        this.generator = new MessageIdGenerator(nodeId, clock);
    }

    @Override
    public MessageId next() {
        return generator.next();
    }

    @Override
    public MessageId nextAfter(MessageId floor) {
        return generator.nextAfter(floor);
    }
}
