package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.MessageId;

/** Time-ordered message ids unique across nodes (SPEC §3; node ids configured or leased from Redis). */
public interface MessageIds {

    MessageId next();

    /** A new id larger than {@code floor} (and than every id this node made before). */
    MessageId nextAfter(MessageId floor);
}
