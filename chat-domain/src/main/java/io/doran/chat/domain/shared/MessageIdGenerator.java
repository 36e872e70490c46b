package io.doran.chat.domain.shared;

import java.time.Clock;
import java.util.Objects;

/**
 * Generates {@link MessageId}s for one node (000): strictly increasing, unique as long as no two
 * nodes share a node id. When the clock steps back, it keeps counting in its last millisecond; when a
 * millisecond's 4096 ids are used up, it borrows the next millisecond. It never sleeps.
 */
public final class MessageIdGenerator {

    public static final int MAX_NODE_ID = (1 << MessageId.NODE_BITS) - 1;
    private static final long MAX_SEQUENCE = (1L << MessageId.SEQUENCE_BITS) - 1;

    private final int nodeId;
    private final Clock clock;
    private long lastMillis = -1;
    private long sequence;

    public MessageIdGenerator(int nodeId, Clock clock) {
        if (nodeId < 0 || nodeId > MAX_NODE_ID) {
            throw new IllegalArgumentException("nodeId must be between 0 and " + MAX_NODE_ID + ": " + nodeId);
        }
        this.nodeId = nodeId;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public int nodeId() {
        return nodeId;
    }

    /** The next id of this node: larger than every id it returned before, stamped with the clock's millisecond (000). */
    public synchronized MessageId next() {
        return generate(MessageId.millisSinceEpoch(clock.instant()));
    }

    /**
     * A new id larger than {@code floor}, even when {@code floor} came from a node whose clock runs
     * ahead: this generator then moves on to the millisecond after {@code floor}'s.
     */
    public synchronized MessageId nextAfter(MessageId floor) {
        long floorMillis = floor.value() >>> MessageId.TIME_SHIFT;
        return generate(Math.max(MessageId.millisSinceEpoch(clock.instant()), floorMillis + 1));
    }

    private MessageId generate(long now) {
        if (now > lastMillis) {
            lastMillis = now;
            sequence = 0;
        } else if (sequence < MAX_SEQUENCE) {
            sequence++;
        } else {
            lastMillis++;
            sequence = 0;
        }
        if (lastMillis == 0 && nodeId == 0 && sequence == 0) {
            sequence = 1; // the all-zero id is not a valid MessageId
        }
        long value = (lastMillis << MessageId.TIME_SHIFT) | ((long) nodeId << MessageId.SEQUENCE_BITS) | sequence;
        return new MessageId(value);
    }
}
