package io.doran.chat.adapters.ws.session;

import io.doran.chat.domain.message.MessageType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the live sessions report to operators (SPEC §9, seed 003), by transport ({@link Transport#name()}):
 * {@code chat.messages.sent} (tags {@code transport}, {@code type}) and {@code chat.slow.consumers.dropped} (tag
 * {@code transport}). Every meter is registered up front, so that counting allocates nothing.
 */
public final class SessionMetrics {

    /** The transports' names, as {@link Transport#name()} says them. */
    public static final String[] TRANSPORTS = {"chat", "channels", "socket.io"};

    private final Map<String, Map<MessageType, Counter>> sent = new HashMap<>();
    private final Map<String, Counter> slowConsumers = new HashMap<>();

    public SessionMetrics(MeterRegistry registry) {
        for (String transport : TRANSPORTS) {
            Map<MessageType, Counter> byType = new EnumMap<>(MessageType.class);
            for (MessageType type : MessageType.values()) {
                byType.put(type, Counter.builder("chat.messages.sent")
                        .description("Messages sent and stored, by the transport they came through and their type")
                        .tag("transport", transport).tag("type", type.wireName()).register(registry));
            }
            sent.put(transport, byType);
            slowConsumers.put(transport, Counter.builder("chat.slow.consumers.dropped")
                    .description("Connections closed (4008) because they did not read their queued frames")
                    .tag("transport", transport).register(registry));
        }
    }

    /** A message of wire type {@code type} sent through {@code transport} was stored. */
    void messageSent(Transport transport, String type) {
        Map<MessageType, Counter> byType = sent.get(transport.name());
        if (byType != null) {
            byType.get(MessageType.valueOf(type.toUpperCase(Locale.ROOT))).increment();
        }
    }

    /** A connection of {@code transport} was closed for not reading what was queued for it. */
    public void slowConsumerDropped(String transport) {
        Counter counter = slowConsumers.get(transport);
        if (counter != null) {
            counter.increment();
        }
    }
}
