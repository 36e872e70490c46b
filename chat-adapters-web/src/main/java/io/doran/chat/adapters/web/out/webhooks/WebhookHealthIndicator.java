package io.doran.chat.adapters.web.out.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code webhooks} component of {@code /actuator/health}: DOWN while some receiver failed
 * {@code chat.webhook-delivery.unhealthy-after} attempts in a row from this node, with each receiver's URL,
 * consecutive failures, last failure and last success. It never calls a receiver; the chat stays ready either way
 * (readiness does not include it).
 */
final class WebhookHealthIndicator implements HealthIndicator {

    private final HttpWebhookEndpoints endpoints;
    private final WebhookSettings settings;

    WebhookHealthIndicator(HttpWebhookEndpoints endpoints, WebhookSettings settings) {
        this.endpoints = endpoints;
        this.settings = settings;
    }

    @Override
    public Health health() {
        List<ReceiverState> states = endpoints.states();
        boolean failing = false;
        Map<String, Object> receivers = new LinkedHashMap<>();
        for (int i = 0; i < states.size(); i++) {
            ReceiverState state = states.get(i);
            failing |= state.consecutiveFailures() >= settings.webhookDelivery().unhealthyAfter();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("url", settings.webhooks().get(i).url().toString());
            detail.put("consecutiveFailures", state.consecutiveFailures());
            if (state.lastFailure() != null) {
                detail.put("lastFailure", state.lastFailure());
            }
            if (state.lastSuccess() != null) {
                detail.put("lastSuccess", state.lastSuccess().toString());
            }
            receivers.put(Integer.toString(i), detail);
        }
        return (failing ? Health.down() : Health.up()).withDetail("receivers", receivers).build();
    }
}
