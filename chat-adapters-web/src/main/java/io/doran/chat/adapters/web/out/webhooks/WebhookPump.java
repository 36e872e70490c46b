package io.doran.chat.adapters.web.out.webhooks;

import io.doran.chat.application.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps webhook deliveries going on this node (issue 18): a virtual thread asks for the due deliveries to be sent,
 * again at once while there were some, else after {@code chat.webhook-delivery.poll-every}. Runs only while
 * receivers are configured; stops before the stores' connections close.
 */
final class WebhookPump implements SmartLifecycle {

    private static final System.Logger log = System.getLogger(WebhookPump.class.getName());
    /** Stops before the Redis adapter lets go of its connections (its release phase, 1024). */
    static final int PHASE = 2048;

    private final DeliverWebhooksUseCase deliveries;
    private final Duration pollEvery;
    private volatile Thread thread;

    WebhookPump(DeliverWebhooksUseCase deliveries, Duration pollEvery) {
        this.deliveries = deliveries;
        this.pollEvery = pollEvery;
    }

    @Override
    public void start() {
        thread = Thread.ofVirtual().name("webhook-pump").start(this::run);
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (deliveries.deliverDue() == 0) {
                    Thread.sleep(pollEvery);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.WARNING, "Webhook deliveries failed; trying again shortly", e);
                try {
                    Thread.sleep(pollEvery.multipliedBy(4));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
