package io.doran.chat.adapters.web.out.webhooks;

import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookEndpoints;
import io.doran.chat.application.port.out.WebhookEvent;
import io.doran.chat.application.port.out.WebhookEventType;
import io.doran.chat.application.port.out.WebhookPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured webhook receivers, reached with the JDK's {@link HttpClient}: each delivery is one POST of the
 * event as JSON with {@code X-Doran-Event}, {@code X-Doran-Timestamp} (epoch seconds) and {@code X-Doran-Signature}.
 * A 2xx answer is success; any other answer, a timeout or a refused connection a failure. Receivers are named by
 * their position in {@code chat.webhooks}. Per receiver it counts deliveries by outcome
 * ({@code chat_webhooks_deliveries_total{receiver,outcome}}) and keeps the consecutive failures health reports.
 */
public final class HttpWebhookEndpoints implements WebhookEndpoints {

    private static final System.Logger log = System.getLogger(HttpWebhookEndpoints.class.getName());

    /** The body as receivers read it. */
    record Body(String id, String type, String createdAt, Map<String, Object> data) {
    }

    private final WebhookSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final List<ReceiverState> states = new ArrayList<>();
    private final MeterRegistry meters;

    public HttpWebhookEndpoints(WebhookSettings settings, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.webhookDelivery().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < settings.webhooks().size(); i++) {
            ReceiverState state = new ReceiverState();
            states.add(state);
            if (meters != null) {
                Gauge.builder("chat.webhooks.consecutive.failures", state, ReceiverState::consecutiveFailures)
                        .tag("receiver", Integer.toString(i))
                        .description("Failed attempts in a row to reach a webhook receiver, from this node")
                        .register(meters);
            }
        }
    }

    @Override
    public List<String> subscribedTo(WebhookEventType type) {
        List<String> receivers = new ArrayList<>();
        for (int i = 0; i < settings.webhooks().size(); i++) {
            if (settings.webhooks().get(i).wants(type)) {
                receivers.add(Integer.toString(i));
            }
        }
        return receivers;
    }

    @Override
    public boolean send(WebhookDelivery delivery) {
        int index = index(delivery);
        if (index < 0) {
            log.log(System.Logger.Level.WARNING, "Webhook receiver {0} is no longer configured: {1} dropped",
                    delivery.endpoint(), delivery.event().id());
            return true;
        }
        WebhookSettings.Receiver receiver = settings.webhooks().get(index);
        WebhookEvent event = delivery.event();
        String body = json.writeValueAsString(new Body(event.id(), event.type().wireName(), event.at().toString(),
                event.data()));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(receiver.url())
                .timeout(settings.webhookDelivery().timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Doran-Chat-Webhooks")
                .header("X-Doran-Event", event.type().wireName())
                .header("X-Doran-Delivery", event.id())
                .header("X-Doran-Timestamp", timestamp)
                .header("X-Doran-Signature", Signature.of(receiver.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String failure;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                states.get(index).succeeded(clock.instant());
                count(index, "delivered");
                return true;
            }
            failure = "HTTP " + status;
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        states.get(index).failed(failure);
        count(index, "failed");
        log.log(System.Logger.Level.DEBUG, "Webhook {0} to receiver {1} failed (attempt {2}): {3}", event.id(), index,
                delivery.attempts() + 1, failure);
        return false;
    }

    @Override
    public void abandoned(WebhookDelivery delivery) {
        int index = index(delivery);
        count(index, "abandoned");
        log.log(System.Logger.Level.WARNING, "Webhook {0} ({1}) given up after {2} attempts to receiver {3}",
                delivery.event().id(), delivery.event().type().wireName(), delivery.attempts(), delivery.endpoint());
    }

    @Override
    public WebhookPolicy policy() {
        return settings.webhookDelivery().policy();
    }

    /** How each receiver fares, in the order of {@code chat.webhooks}. */
    List<ReceiverState> states() {
        return List.copyOf(states);
    }

    private int index(WebhookDelivery delivery) {
        try {
            int index = Integer.parseInt(delivery.endpoint());
            return index >= 0 && index < settings.webhooks().size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void count(int index, String outcome) {
        if (meters != null) {
            Counter.builder("chat.webhooks.deliveries").tag("receiver", Integer.toString(index)).tag("outcome", outcome)
                    .description("Webhook delivery attempts from this node by outcome").register(meters).increment();
        }
    }
}
