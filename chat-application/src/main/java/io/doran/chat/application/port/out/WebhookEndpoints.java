package io.doran.chat.application.port.out;

import java.util.List;

/**
 * The webhook receivers configured (issue 18) and the one way to reach them: a signed HTTP POST. Which receiver
 * wants which event, how retries go, and how each receiver fares (health, metrics) are the adapter's.
 */
public interface WebhookEndpoints {

    /** The receivers subscribed to {@code type}, by the names deliveries carry; empty when none is. */
    List<String> subscribedTo(WebhookEventType type);

    /** Sends {@code delivery} once; true when the receiver took it (a 2xx answer), false on anything else. */
    boolean send(WebhookDelivery delivery);

    /** Gives {@code delivery} up after its last attempt failed: the adapter reports it. */
    void abandoned(WebhookDelivery delivery);

    WebhookPolicy policy();

    /** No receivers: nothing is ever sent. */
    static WebhookEndpoints none() {
        return new WebhookEndpoints() {
            @Override
            public List<String> subscribedTo(WebhookEventType type) {
                return List.of();
            }

            @Override
            public boolean send(WebhookDelivery delivery) {
                return false;
            }

            @Override
            public void abandoned(WebhookDelivery delivery) {
            }

            @Override
            public WebhookPolicy policy() {
                return new WebhookPolicy(1, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofSeconds(30), 1, 1);
            }
        };
    }
}
