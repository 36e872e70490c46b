package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookEvent;
import io.doran.chat.application.port.out.WebhookEventType;
import io.doran.chat.application.port.out.WebhookOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookOutbox} does: due deliveries go to one claimer at a time, leased, until settled. */
public abstract class WebhookOutboxContract {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final Instant NOW = Fixtures.T0;

    protected WebhookOutbox outbox;

    /** A fresh, empty outbox that holds {@code capacity} deliveries at most. */
    protected abstract WebhookOutbox newOutbox(int capacity);

    @BeforeEach
    void setUpOutbox() {
        outbox = newOutbox(3);
    }

    static WebhookDelivery delivery(String endpoint) {
        return WebhookDelivery.first(endpoint, new WebhookEvent(UUID.randomUUID().toString(),
                WebhookEventType.MESSAGE_CREATED, NOW, Map.of("roomId", "r1",
                        "message", Map.of("messageId", "42", "content", "hi"),
                        "offlineRecipients", List.of("bob", "carol"), "left", true)));
    }

    @Test
    void a_due_delivery_is_claimed_as_it_was_added() {
        WebhookDelivery delivery = delivery("0");
        outbox.add(delivery, NOW);

        assertThat(outbox.claimDue(NOW, LEASE, 10)).containsExactly(delivery);
    }

    @Test
    void a_delivery_not_yet_due_is_not_claimed() {
        outbox.add(delivery("0"), NOW.plusSeconds(5));

        assertThat(outbox.claimDue(NOW, LEASE, 10)).isEmpty();
        assertThat(outbox.claimDue(NOW.plusSeconds(5), LEASE, 10)).hasSize(1);
    }

    @Test
    void a_claimed_delivery_is_nobody_elses_until_its_lease_ends() {
        outbox.add(delivery("0"), NOW);
        outbox.claimDue(NOW, LEASE, 10);

        assertThat(outbox.claimDue(NOW.plusSeconds(29), LEASE, 10)).as("leased").isEmpty();
        assertThat(outbox.claimDue(NOW.plus(LEASE), LEASE, 10)).as("lease over: the claimer is gone").hasSize(1);
    }

    @Test
    void due_deliveries_come_oldest_first_at_most_as_many_as_asked() {
        WebhookDelivery first = delivery("0");
        WebhookDelivery second = delivery("1");
        outbox.add(second, NOW.minusSeconds(1));
        outbox.add(first, NOW.minusSeconds(2));

        assertThat(outbox.claimDue(NOW, LEASE, 1)).containsExactly(first);
        assertThat(outbox.claimDue(NOW, LEASE, 1)).containsExactly(second);
    }

    @Test
    void a_removed_delivery_is_gone() {
        WebhookDelivery delivery = delivery("0");
        outbox.add(delivery, NOW);
        outbox.claimDue(NOW, LEASE, 10);

        outbox.remove(delivery.id());

        assertThat(outbox.pending()).isZero();
        assertThat(outbox.claimDue(NOW.plus(LEASE), LEASE, 10)).isEmpty();
    }

    @Test
    void a_delivery_retried_comes_back_at_its_time_with_its_attempts_counted() {
        WebhookDelivery delivery = delivery("0");
        outbox.add(delivery, NOW);
        outbox.claimDue(NOW, LEASE, 10);

        outbox.retryAt(delivery.failedOnce(), NOW.plusSeconds(2));

        assertThat(outbox.claimDue(NOW.plusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(outbox.claimDue(NOW.plusSeconds(2), LEASE, 10)).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(1))
                .satisfies(again -> assertThat(again.event()).isEqualTo(delivery.event()));
    }

    @Test
    void a_full_outbox_refuses_more_and_counts_what_waits() {
        for (int i = 0; i < 3; i++) {
            assertThat(outbox.add(delivery("0"), NOW)).isTrue();
        }

        assertThat(outbox.add(delivery("0"), NOW)).isFalse();
        assertThat(outbox.pending()).isEqualTo(3);
    }

    @Test
    void adding_the_same_delivery_twice_keeps_one() {
        WebhookDelivery delivery = delivery("0");
        outbox.add(delivery, NOW);
        outbox.add(delivery, NOW);

        assertThat(outbox.claimDue(NOW, LEASE, 10)).hasSize(1);
    }

    @Test
    void concurrent_claimers_never_get_the_same_delivery() throws Exception {
        WebhookOutbox wide = newOutbox(200);
        for (int i = 0; i < 100; i++) {
            wide.add(delivery("0"), NOW);
        }
        List<java.util.concurrent.Future<List<WebhookDelivery>>> claims;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            claims = pool.invokeAll(java.util.Collections.nCopies(8, () -> {
                List<WebhookDelivery> mine = new java.util.ArrayList<>();
                for (List<WebhookDelivery> batch = wide.claimDue(NOW, LEASE, 3); !batch.isEmpty();
                     batch = wide.claimDue(NOW, LEASE, 3)) {
                    mine.addAll(batch);
                }
                return mine;
            }));
        }
        List<String> all = new java.util.ArrayList<>();
        for (var claim : claims) {
            claim.get().forEach(d -> all.add(d.id()));
        }
        assertThat(all).hasSize(100).doesNotHaveDuplicates();
    }
}
