package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process listeners by topic, called synchronously on the publishing thread in registration order;
 * one listener's failure is logged and does not stop the others. Publishing on one topic is
 * serialized, so every listener sees a topic's events in publish order.
 */
final class Listeners<K, E> {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final Map<K, List<Consumer<E>>> byTopic = new ConcurrentHashMap<>();

    Subscription add(K topic, Consumer<E> listener) {
        Consumer<E> registered = listener::accept;
        byTopic.compute(topic, (k, list) -> {
            List<Consumer<E>> listeners = list == null ? new CopyOnWriteArrayList<>() : list;
            listeners.add(registered);
            return listeners;
        });
        return () -> byTopic.computeIfPresent(topic, (k, list) -> {
            list.remove(registered);
            return list.isEmpty() ? null : list;
        });
    }

    void publish(K topic, E event) {
        List<Consumer<E>> listeners = byTopic.get(topic);
        if (listeners == null) {
            return;
        }
        synchronized (listeners) {
            for (Consumer<E> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed on {}", topic, event, e);
                }
            }
        }
    }
}
