package io.doran.chat.adapters.web.webhooks;

import io.doran.chat.application.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps webhook deliveries going on this node (issue 18): a virtual thread asks for the due deliveries to be sent,
 * again at once while there were some, else after {@code chat.webhook-delivery.poll-every}. The timer that drives
 * the use case, as the WebSocket adapter's idle sweep drives its own; bootstrap starts it while receivers are
 * configured. It stops before the stores' connections close.
 */
public final class WebhookPump implements SmartLifecycle {

    private static final System.Logger log = System.getLogger(WebhookPump.class.getName());
    /** Stops before the Redis adapter lets go of its connections (its release phase, 1024). */
    static final int PHASE = 2048;

    private final DeliverWebhooksUseCase deliveries;
    private final Duration pollEvery;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private Thread thread;

    public WebhookPump(DeliverWebhooksUseCase deliveries, Duration pollEvery) {
        this.deliveries = deliveries;
        this.pollEvery = pollEvery;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofVirtual().name("webhook-pump").start(this::run);
    }

    /** Rounds run to their end, so that a stopping node settles or reschedules what it claimed. */
    private void run() {
        while (running) {
            try {
                if (deliveries.deliverDue() == 0) {
                    pause(pollEvery);
                }
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.WARNING, "Webhook deliveries failed; trying again shortly", e);
                pause(pollEvery.multipliedBy(4));
            }
        }
    }

    private void pause(Duration duration) {
        synchronized (wakeUp) {
            if (running) {
                try {
                    wakeUp.wait(Math.max(1, duration.toMillis()));
                } catch (InterruptedException e) {
                    running = false;
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Lets the round under way finish (each send is bounded by the timeout), then stops. */
    @Override
    public synchronized void stop() {
        running = false;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
