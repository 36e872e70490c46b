package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Idempotency claims in memory, atomic per key, forgotten after their TTL. */
public class MemoryClientMessageIds implements ClientMessageIds {

    private record Key(RoomId roomId, UserId userId, ClientMessageId clientMessageId) {
    }

    private record Claim(MessageId messageId, Instant expiresAt) {
    }

    private final Map<Key, Claim> claims = new ConcurrentHashMap<>();
    private static final int SWEEP_EVERY = 4096;

    private final AtomicLong claimsSinceSweep = new AtomicLong();
    private final Clock clock;

    public MemoryClientMessageIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<MessageId> claim(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId candidate,
                                     Duration ttl) {
        Instant now = clock.instant();
        Claim mine = new Claim(candidate, now.plus(ttl));
        Claim winner = claims.compute(new Key(roomId, user, clientMessageId),
                (key, existing) -> existing == null || !now.isBefore(existing.expiresAt()) ? mine : existing);
        if (claimsSinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            claims.values().removeIf(claim -> !now.isBefore(claim.expiresAt()));
        }
        return winner == mine ? Optional.empty() : Optional.of(winner.messageId());
    }

    @Override
    public boolean takeOver(RoomId roomId, UserId user, ClientMessageId clientMessageId, MessageId previous,
                            MessageId candidate, Duration ttl) {
        Instant now = clock.instant();
        Claim mine = new Claim(candidate, now.plus(ttl));
        Claim after = claims.computeIfPresent(new Key(roomId, user, clientMessageId),
                (key, existing) -> existing.messageId().equals(previous) && now.isBefore(existing.expiresAt())
                        ? mine : existing);
        return after == mine;
    }

    @Override
    public void release(RoomId roomId, UserId user, ClientMessageId clientMessageId) {
        claims.remove(new Key(roomId, user, clientMessageId));
    }
}
