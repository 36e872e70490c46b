package io.doran.chat.application.port.out;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event as webhook receivers get it (issue 18): an id that stays the same over every retry (receivers drop
 * what they already saw by it), its type, when it happened and what it is about. {@code data} holds strings,
 * booleans, numbers, lists and maps only (no nulls), so that it reads back from any store as it was written.
 */
public record WebhookEvent(String id, WebhookEventType type, Instant at, Map<String, Object> data) {

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
