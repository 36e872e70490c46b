package io.doran.chat.adapters.web.out.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook sender (issue 18): the receivers of {@code chat.webhooks}, reached over HTTP, and the {@code webhooks}
 * health component.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
public class WebhookAdapterConfiguration {

    @Bean
    HttpWebhookEndpoints httpWebhookEndpoints(WebhookSettings settings, JsonMapper json, Clock clock,
                                              ObjectProvider<MeterRegistry> meters) {
        return new HttpWebhookEndpoints(settings, json, clock, meters.getIfAvailable());
    }

    @Bean
    WebhookHealthIndicator webhooksHealthIndicator(HttpWebhookEndpoints endpoints, WebhookSettings settings) {
        return new WebhookHealthIndicator(endpoints, settings);
    }
}
