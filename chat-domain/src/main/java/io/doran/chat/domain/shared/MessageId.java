package io.doran.chat.domain.shared;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.time.Instant;

/**
 * A message's identity: 64 bits, time-ordered and unique across nodes (000, 002; Snowflake layout):
 * 41 bits of milliseconds since {@link #EPOCH}, 10 bits of node id, 12 bits of sequence. Ordering ids
 * orders messages by time; clients receive it as a decimal string.
 */
public record MessageId(long value) implements Comparable<MessageId> {

    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    static final int NODE_BITS = 10;
    static final int SEQUENCE_BITS = 12;
    static final int TIME_SHIFT = NODE_BITS + SEQUENCE_BITS;
    static final long MAX_MILLIS = (1L << 41) - 1;

    public MessageId {
        if (value <= 0) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "messageId must be a positive number");
        }
    }

    /** Parses the decimal form clients send; anything else is {@code VALIDATION_FAILED}. */
    public static MessageId parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "messageId must be a positive number");
        }
        try {
            return new MessageId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "messageId must be a positive number");
        }
    }

    public String asString() {
        return Long.toString(value);
    }

    /** The millisecond the id was generated in. */
    public Instant timestamp() {
        return EPOCH.plusMillis(value >>> TIME_SHIFT);
    }

    /** The smallest id any node can generate in {@code instant}'s millisecond. */
    public static MessageId firstAt(Instant instant) {
        return new MessageId(Math.max(1, millisSinceEpoch(instant) << TIME_SHIFT));
    }

    /** The largest id any node can generate in {@code instant}'s millisecond. */
    public static MessageId lastAt(Instant instant) {
        return new MessageId((millisSinceEpoch(instant) << TIME_SHIFT) | ((1L << TIME_SHIFT) - 1));
    }

    static long millisSinceEpoch(Instant instant) {
        long millis = instant.toEpochMilli() - EPOCH.toEpochMilli();
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("instant outside the id range: " + instant);
        }
        return millis;
    }

    @Override
    public int compareTo(MessageId other) {
        return Long.compare(value, other.value);
    }

    public boolean isAfter(MessageId other) {
        return value > other.value;
    }

    @Override
    public String toString() {
        return asString();
    }
}
