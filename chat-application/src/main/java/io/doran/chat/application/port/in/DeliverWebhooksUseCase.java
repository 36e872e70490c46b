package io.doran.chat.application.port.in;

/**
 * Delivery of webhook events (issue 18): sends the deliveries due now, each to its receiver, and schedules each
 * failed one again with exponential backoff until it is given up. Called in a loop on every node; the outbox
 * hands each delivery to one node. Returns how many deliveries were tried.
 */
public interface DeliverWebhooksUseCase {

    int deliverDue();
}
