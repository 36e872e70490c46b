package io.doran.chat.adapters.memory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default's webhook outbox ({@code chat.memory.*}, issue 18).
 *
 * @param webhookOutbox the webhook deliveries kept waiting at most; beyond it new events are dropped (and counted)
 */
@ConfigurationProperties("chat.memory")
public record MemoryWebhookSettings(@DefaultValue("10000") int webhookOutbox) {

    public MemoryWebhookSettings {
        if (webhookOutbox < 1) {
            throw new IllegalArgumentException("chat.memory.webhook-outbox must be positive: " + webhookOutbox);
        }
    }
}
