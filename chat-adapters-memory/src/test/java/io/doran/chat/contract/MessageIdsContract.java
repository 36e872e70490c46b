package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.domain.shared.MessageId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link MessageIds} does: increasing ids that carry the time they were made. */
public abstract class MessageIdsContract {

    protected abstract MessageIds newMessageIds();

    @Test
    void ids_increase_and_carry_the_current_time() {
        MessageIds ids = newMessageIds();
        Instant before = Instant.now().minusMillis(1);
        MessageId previous = ids.next();
        for (int i = 0; i < 1000; i++) {
            MessageId next = ids.next();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
        assertThat(previous.timestamp()).isBetween(before.minus(Duration.ofSeconds(5)), Instant.now().plusSeconds(5));
    }
}
