package io.doran.chat.application.service;

import io.doran.chat.application.port.in.DeliverWebhooksUseCase;
import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookEndpoints;
import io.doran.chat.application.port.out.WebhookOutbox;
import io.doran.chat.application.port.out.WebhookPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends the webhook deliveries due now (issue 18), each on a virtual thread of its own so that one slow receiver
 * does not hold up the others: a delivery the receiver took leaves the outbox, a failed one is tried again after
 * an exponentially growing wait, and after the policy's last attempt it is given up.
 */
public final class WebhookDispatcher implements DeliverWebhooksUseCase {

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final Clock clock;

    public WebhookDispatcher(WebhookEndpoints endpoints, WebhookOutbox outbox, Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        WebhookPolicy policy = endpoints.policy();
        List<WebhookDelivery> due = outbox.claimDue(clock.instant(), policy.lease(), policy.batch());
        if (due.isEmpty()) {
            return 0;
        }
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(delivery -> senders.execute(() -> deliver(delivery, policy)));
        }
        return due.size();
    }

    private void deliver(WebhookDelivery delivery, WebhookPolicy policy) {
        if (endpoints.send(delivery)) {
            outbox.remove(delivery.id());
            return;
        }
        WebhookDelivery failed = delivery.failedOnce();
        if (failed.attempts() >= policy.maxAttempts()) {
            outbox.remove(delivery.id());
            endpoints.abandoned(failed);
        } else {
            Instant next = clock.instant().plus(policy.backoff(failed.attempts()));
            outbox.retryAt(failed, next);
        }
    }
}
