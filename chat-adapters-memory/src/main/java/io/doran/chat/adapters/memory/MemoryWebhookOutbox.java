package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The webhook outbox of the embedded default: this node's memory, at most {@code capacity} deliveries, lost on a
 * restart (the {@code redis} profile keeps them in Redis instead).
 */
public final class MemoryWebhookOutbox implements WebhookOutbox {

    private record Due(Instant at, String id) {
        static final Comparator<Due> ORDER = Comparator.comparing(Due::at).thenComparing(Due::id);
    }

    private record Entry(WebhookDelivery delivery, Due due) {
    }

    private final int capacity;
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeMap<Due, String> byDue = new TreeMap<>(Due.ORDER);

    public MemoryWebhookOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the webhook outbox needs room for at least one delivery");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized boolean add(WebhookDelivery delivery, Instant dueAt) {
        if (byId.containsKey(delivery.id())) {
            return true;
        }
        if (byId.size() >= capacity) {
            return false;
        }
        put(delivery, dueAt);
        return true;
    }

    @Override
    public synchronized List<WebhookDelivery> claimDue(Instant now, Duration lease, int max) {
        List<WebhookDelivery> claimed = new ArrayList<>();
        while (claimed.size() < max && !byDue.isEmpty() && !byDue.firstKey().at().isAfter(now)) {
            Entry entry = byId.get(byDue.firstEntry().getValue());
            put(entry.delivery(), now.plus(lease));
            claimed.add(entry.delivery());
        }
        return claimed;
    }

    @Override
    public synchronized void remove(String deliveryId) {
        Entry entry = byId.remove(deliveryId);
        if (entry != null) {
            byDue.remove(entry.due());
        }
    }

    @Override
    public synchronized void retryAt(WebhookDelivery delivery, Instant dueAt) {
        if (byId.containsKey(delivery.id())) {
            put(delivery, dueAt);
        }
    }

    @Override
    public synchronized long pending() {
        return byId.size();
    }

    private void put(WebhookDelivery delivery, Instant dueAt) {
        Entry previous = byId.get(delivery.id());
        if (previous != null) {
            byDue.remove(previous.due());
        }
        Due due = new Due(dueAt, delivery.id());
        byId.put(delivery.id(), new Entry(delivery, due));
        byDue.put(due, delivery.id());
    }
}
