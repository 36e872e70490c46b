package io.doran.chat.adapters.web.out.webhooks;

import io.doran.chat.application.port.out.WebhookEventType;
import io.doran.chat.application.port.out.WebhookPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhook receivers and how events reach them (issue 18): {@code chat.webhooks[i].url}, {@code .secret},
 * {@code .events}, and {@code chat.webhook-delivery.*}.
 *
 * @param webhooks        the receivers; none by default, and then nothing is sent
 * @param webhookDelivery retries, timeouts and when a receiver counts as failing
 */
@ConfigurationProperties("chat")
public record WebhookSettings(@DefaultValue List<Receiver> webhooks, @DefaultValue Delivery webhookDelivery) {

    public WebhookSettings {
        webhooks = List.copyOf(webhooks);
    }

    /**
     * One receiver.
     *
     * @param url    where events are POSTed, an http(s) URL
     * @param secret the key of the {@code X-Doran-Signature} HMAC, shared with the receiver
     * @param events the event types it gets ({@code message.created}, ...); empty, every type
     */
    public record Receiver(URI url, String secret, @DefaultValue List<String> events) {

        public Receiver {
            if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("chat.webhooks[].url must be an http(s) URL with a host, not " + url);
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("chat.webhooks[].secret must be set for " + url);
            }
            events = List.copyOf(events);
            for (String event : events) {
                if (WebhookEventType.byWireName(event).isEmpty()) {
                    throw new IllegalArgumentException("chat.webhooks[].events: unknown event " + event);
                }
            }
        }

        boolean wants(WebhookEventType type) {
            return events.isEmpty() || events.stream().anyMatch(event -> WebhookEventType.byWireName(event)
                    .filter(type::equals).isPresent());
        }
    }

    /**
     * @param maxAttempts    attempts per event and receiver, the first included; then the event is given up
     * @param initialBackoff the wait after the first failed attempt, doubled after each further one
     * @param maxBackoff     the longest wait between two attempts
     * @param timeout        how long a receiver may take to answer one attempt (connection included)
     * @param pollEvery      how often each node looks for deliveries that are due
     * @param batch          deliveries one node sends at a time
     * @param handoff        events waiting for the outbox at most; beyond it new events are dropped so that the chat
     *                       never waits
     * @param unhealthyAfter consecutive failed attempts after which a receiver is reported DOWN in health
     */
    public record Delivery(@DefaultValue("8") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
                           @DefaultValue("10m") Duration maxBackoff, @DefaultValue("10s") Duration timeout,
                           @DefaultValue("250ms") Duration pollEvery, @DefaultValue("32") int batch,
                           @DefaultValue("10000") int handoff, @DefaultValue("3") int unhealthyAfter) {

        public Delivery {
            if (!timeout.isPositive() || !pollEvery.isPositive() || unhealthyAfter < 1) {
                throw new IllegalArgumentException("chat.webhook-delivery: timeout, poll-every and unhealthy-after must be "
                        + "positive");
            }
        }

        /** The policy the application applies; a claim outlasts a send by far, so a live node is never overtaken. */
        WebhookPolicy policy() {
            return new WebhookPolicy(maxAttempts, initialBackoff, maxBackoff, timeout.multipliedBy(3), batch, handoff);
        }
    }
}
