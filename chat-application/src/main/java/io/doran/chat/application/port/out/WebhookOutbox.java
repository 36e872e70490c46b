package io.doran.chat.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The deliveries webhook receivers have not taken yet (issue 18), shared by every node that shares the store. A
 * delivery is handed to one claimer at a time: a claim leases it, and a claimer that neither settles nor
 * reschedules it before the lease ends (a node that crashed mid-send) lets another take it, so every delivery is
 * made at least once and, while nodes stay up, from exactly one node. The outbox is bounded.
 */
public interface WebhookOutbox {

    /** Keeps {@code delivery}, due at {@code dueAt}; false when the outbox is full (and the delivery is dropped). */
    boolean add(WebhookDelivery delivery, Instant dueAt);

    /** Up to {@code max} deliveries due at {@code now}, each leased to the caller until {@code now + lease}. */
    List<WebhookDelivery> claimDue(Instant now, Duration lease, int max);

    /** Forgets a delivery: the receiver took it, or it will never be tried again. */
    void remove(String deliveryId);

    /** Keeps {@code delivery} (with its attempts counted) for another try at {@code dueAt}. */
    void retryAt(WebhookDelivery delivery, Instant dueAt);

    /** How many deliveries wait, leased or not. */
    long pending();
}
