package io.doran.chat.application.port.out;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.MessageType;

/**
 * What the use cases report to operators (SPEC §9, seed 003's metrics): how long a message takes to become
 * durable, how long a broadcast takes to reach this node's last recipient, refused credentials and sends refused by
 * their rate limit. The application knows no metrics library: bootstrap plugs in one ({@code chat.*} meters in
 * Micrometer), tests {@link #NONE}.
 * Implementations must not block nor allocate per call beyond what the recording itself needs: fan-out calls them
 * on its delivering thread.
 */
public interface ChatMetrics {

    /** Reports nothing (unit tests, and any wiring without a metrics registry). */
    ChatMetrics NONE = new ChatMetrics() {
        @Override
        public void messageStored(MessageType type, long nanosSinceSend) {
        }

        @Override
        public void broadcastHanded(long nanosSinceDurable) {
        }

        @Override
        public void authenticationRefused(ErrorCode reason) {
        }

        @Override
        public void rateLimited(String action) {
        }
    };

    /** A sent message of {@code type} is durable, {@code nanosSinceSend} after its send began. */
    void messageStored(MessageType type, long nanosSinceSend);

    /**
     * A new message's broadcast was handed to the last of this node's recipients, {@code nanosSinceDurable} after
     * the node that stored it made it durable (by the wall clocks of both nodes).
     */
    void broadcastHanded(long nanosSinceDurable);

    /** A presented credential (a token, a gateway's claim) was refused for {@code reason}. */
    void authenticationRefused(ErrorCode reason);

    /**
     * A send was refused by its rate limit {@code action} ({@code messages}), which the sequencer's reservation takes
     * rather than the {@link RateLimiter}; the limiter's own refusals are counted where it is plugged in.
     */
    void rateLimited(String action);
}
