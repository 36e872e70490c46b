package io.doran.chat.adapters.memory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the embedded default keeps in memory, so a server that runs for months cannot run out of it
 * (issue 15). Messages beyond a window are dropped for good, oldest first, together with their
 * reactions; the other in-memory state (rate-limit buckets, message ordering) forgets itself when idle.
 *
 * @param maxMessages        the messages kept over all rooms; the oldest message of any room is dropped when
 *                           a new one would exceed it
 * @param maxMessagesPerRoom the newest messages kept per room; a room's oldest message is dropped when a
 *                           new one would exceed it
 */
@ConfigurationProperties("chat.memory")
public record MemorySettings(@DefaultValue("10000") int maxMessagesPerRoom, @DefaultValue("100000") int maxMessages) {

    public MemorySettings {
        if (maxMessagesPerRoom < 1 || maxMessages < 1) {
            throw new IllegalArgumentException("chat.memory.max-messages-per-room and chat.memory.max-messages must be "
                    + "positive: " + maxMessagesPerRoom + ", " + maxMessages);
        }
    }

    public static MemorySettings defaults() {
        return new MemorySettings(10_000, 100_000);
    }
}
