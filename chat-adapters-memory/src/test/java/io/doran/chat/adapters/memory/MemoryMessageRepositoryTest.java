package io.doran.chat.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.MessageRepositoryContract;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return new MemoryMessageRepository(Clock.systemUTC());
    }

    @Test
    void an_expired_message_is_found_neither_in_its_room_nor_by_its_id() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
        MemoryMessageRepository expiring = new MemoryMessageRepository(clock);
        RoomId room = RoomId.random();
        Message message = uniqueText(room);
        expiring.save(message, Optional.of(clock.instant().plusSeconds(60)));
        assertThat(expiring.find(message.id())).isPresent();

        clock.advance(Duration.ofSeconds(60));

        assertThat(expiring.find(message.id())).isEmpty();
        assertThat(expiring.find(room, message.id())).isEmpty();
    }
}
