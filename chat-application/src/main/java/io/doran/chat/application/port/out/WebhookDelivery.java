package io.doran.chat.application.port.out;

import java.util.Objects;

/**
 * One event on its way to one receiver: what a {@link WebhookOutbox} keeps until the receiver took it.
 *
 * @param endpoint the receiver, as {@link WebhookEndpoints} names it
 * @param attempts how many times it was tried so far
 */
public record WebhookDelivery(String endpoint, WebhookEvent event, int attempts) {

    public WebhookDelivery {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(event, "event");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** A first delivery of {@code event} to {@code endpoint}. */
    public static WebhookDelivery first(String endpoint, WebhookEvent event) {
        return new WebhookDelivery(endpoint, event, 0);
    }

    /** Unique per event and receiver: the key an outbox keeps it under. */
    public String id() {
        return event.id() + "@" + endpoint;
    }

    /** The same delivery after one more failed attempt. */
    public WebhookDelivery failedOnce() {
        return new WebhookDelivery(endpoint, event, attempts + 1);
    }
}
