package io.doran.chat.adapters.scylla;

import io.doran.chat.domain.shared.MessageId;
import java.time.Duration;

/**
 * Message partitions are {@code (room_id, bucket)}: a bucket is a fixed time window derived from the
 * message id (SPEC §6, Discord-style), so a partition never grows without bound and a page of history
 * is a slice of one or a few partitions.
 */
final class Buckets {

    private final long windowMillis;

    Buckets(Duration window) {
        this.windowMillis = window.toMillis();
    }

    int of(MessageId id) {
        return (int) ((id.timestamp().toEpochMilli() - MessageId.EPOCH.toEpochMilli()) / windowMillis);
    }
}
