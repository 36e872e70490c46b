package io.doran.chat.bootstrap;

import io.doran.chat.adapters.web.out.webhooks.HttpWebhookEndpoints;
import io.doran.chat.adapters.web.out.webhooks.WebhookAdapterConfiguration;
import io.doran.chat.adapters.web.out.webhooks.WebhookSettings;
import io.doran.chat.adapters.web.webhooks.WebhookPump;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.WebhookOutbox;
import io.doran.chat.application.service.WebhookDispatcher;
import io.doran.chat.application.service.WebhookEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Signed webhooks (issue 18): what happens in rooms goes to the outbox of the active profile (memory, or Redis with
 * {@code redis}) and from there, by every node's pump, to the receivers of {@code chat.webhooks}. The outbox's size
 * and the events dropped are gauges ({@code chat_webhooks_pending}, {@code chat_webhooks_dropped}).
 */
@Configuration(proxyBeanMethods = false)
@Import(WebhookAdapterConfiguration.class)
class WebhookWiring {

    @Bean(destroyMethod = "close")
    WebhookEvents webhookEvents(HttpWebhookEndpoints endpoints, WebhookOutbox outbox, Presence presence, Clock clock,
                                ObjectProvider<MeterRegistry> meters) {
        WebhookEvents events = WebhookEvents.start(endpoints, outbox, presence, clock);
        meters.ifAvailable(registry -> {
            Gauge.builder("chat.webhooks.pending", outbox, WebhookOutbox::pending)
                    .description("Webhook deliveries waiting in the outbox").register(registry);
            Gauge.builder("chat.webhooks.dropped", events, WebhookEvents::dropped)
                    .description("Webhook events dropped on this node because the hand-over or outbox was full")
                    .register(registry);
        });
        return events;
    }

    @Bean
    WebhookDispatcher webhookDispatcher(HttpWebhookEndpoints endpoints, WebhookOutbox outbox, Clock clock) {
        return new WebhookDispatcher(endpoints, outbox, clock);
    }

    /** Every node pumps the outbox while some receiver is configured; without one nothing polls it. */
    @Bean
    SmartLifecycle webhookPump(WebhookDispatcher dispatcher, WebhookSettings settings) {
        return settings.webhooks().isEmpty() ? new Idle() : new WebhookPump(dispatcher, settings.webhookDelivery().pollEvery());
    }

    /** What runs when no receiver is configured: nothing. */
    private static final class Idle implements SmartLifecycle {

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return false;
        }
    }
}
