package io.doran.chat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.memory.MemoryWebhookOutbox;
import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookEndpoints;
import io.doran.chat.application.port.out.WebhookEvent;
import io.doran.chat.application.port.out.WebhookEventType;
import io.doran.chat.application.port.out.WebhookPolicy;
import io.doran.chat.contract.Fixtures;
import io.doran.chat.contract.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook deliveries on the memory outbox: taken once, retried with exponential backoff, given up at the last attempt. */
class WebhookDispatcherTest {

    static final WebhookPolicy POLICY = new WebhookPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(30), 10, 100);

    final ManualClock clock = new ManualClock(Fixtures.T0);
    final MemoryWebhookOutbox outbox = new MemoryWebhookOutbox(100);
    final Receiver receiver = new Receiver();
    final WebhookDispatcher dispatcher = new WebhookDispatcher(receiver, outbox, clock);

    /** Answers as told and keeps what it was sent. */
    static final class Receiver implements WebhookEndpoints {
        final List<WebhookDelivery> sent = new ArrayList<>();
        final List<WebhookDelivery> abandoned = new ArrayList<>();
        volatile boolean takes = true;

        @Override
        public List<String> subscribedTo(WebhookEventType type) {
            return List.of("0");
        }

        @Override
        public synchronized boolean send(WebhookDelivery delivery) {
            sent.add(delivery);
            return takes;
        }

        @Override
        public void abandoned(WebhookDelivery delivery) {
            abandoned.add(delivery);
        }

        @Override
        public WebhookPolicy policy() {
            return POLICY;
        }
    }

    WebhookDelivery queued() {
        WebhookDelivery delivery = WebhookDelivery.first("0", new WebhookEvent("e-1", WebhookEventType.ROOM_DELETED,
                Fixtures.T0, Map.of("roomId", "r")));
        outbox.add(delivery, clock.instant());
        return delivery;
    }

    @Test
    void a_delivery_taken_leaves_the_outbox() {
        queued();

        assertThat(dispatcher.deliverDue()).isEqualTo(1);

        assertThat(receiver.sent).hasSize(1);
        assertThat(outbox.pending()).isZero();
        assertThat(dispatcher.deliverDue()).isZero();
    }

    @Test
    void a_failed_delivery_waits_1_2_then_3_seconds_at_most_and_is_given_up_after_the_last_attempt() {
        receiver.takes = false;
        queued();

        dispatcher.deliverDue();
        clock.advance(Duration.ofMillis(999));
        assertThat(dispatcher.deliverDue()).as("1 s after the first failure").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1999));
        assertThat(dispatcher.deliverDue()).as("2 s after the second").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(3));
        assertThat(dispatcher.deliverDue()).as("4 s capped at 3").isEqualTo(1);

        assertThat(receiver.sent).extracting(WebhookDelivery::attempts).containsExactly(0, 1, 2, 3);
        assertThat(receiver.sent).extracting(d -> d.event().id()).containsOnly("e-1");
        assertThat(receiver.abandoned).singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(4));
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void backoff_doubles_from_the_first_wait_up_to_the_largest() {
        assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(POLICY.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.backoff(3)).isEqualTo(Duration.ofSeconds(3));
        assertThat(POLICY.backoff(60)).isEqualTo(Duration.ofSeconds(3));
    }
}
