package io.doran.chat.adapters.web.rest;

import io.doran.chat.domain.message.MessageType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts the messages sent over REST (SPEC §9, seed 003): {@code chat.messages.sent} with {@code transport=rest}
 * and the message's {@code type}, beside the WebSocket transports' own counts of the same meter.
 */
@Component
public final class SentMessages {

    private final Map<MessageType, Counter> byType = new EnumMap<>(MessageType.class);

    SentMessages(MeterRegistry registry) {
        for (MessageType type : MessageType.values()) {
            byType.put(type, Counter.builder("chat.messages.sent")
                    .description("Messages sent and stored, by the transport they came through and their type")
                    .tag("transport", "rest").tag("type", type.wireName()).register(registry));
        }
    }

    /** A message of wire type {@code type} was sent and stored. */
    public void sent(String type) {
        byType.get(MessageType.valueOf(type.toUpperCase(Locale.ROOT))).increment();
    }
}
