package io.doran.chat.adapters.web.out.webhooks;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** How one receiver fares on this node: consecutive failures, the last failure, the last success. */
final class ReceiverState {

    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    void succeeded(Instant at) {
        consecutiveFailures.set(0);
        lastSuccess.set(at);
    }

    void failed(String why) {
        consecutiveFailures.incrementAndGet();
        lastFailure.set(why);
    }

    int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    String lastFailure() {
        return lastFailure.get();
    }

    Instant lastSuccess() {
        return lastSuccess.get();
    }
}
