package io.doran.chat.bootstrap;

import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.MessageType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The use cases' {@link ChatMetrics} as Micrometer meters (SPEC §9, seed 003): {@code chat.message.processing.time}
 * (tag {@code type}), {@code chat.fanout.latency}, {@code chat.auth.failures} (tag {@code reason}, the error code) and
 * {@code chat.rate.limited} for the sends their reservation refused (tag {@code action}, as {@link MeteredRateLimiter}).
 * The timers are registered up front: recording builds no tags and allocates nothing on the sending or delivering
 * thread; a refusal's counter is registered with the first refusal of its code.
 */
final class MicrometerChatMetrics implements ChatMetrics {

    private final Map<MessageType, Timer> processing = new EnumMap<>(MessageType.class);
    private final Timer fanOut;
    private final Map<ErrorCode, Counter> authFailures = new ConcurrentHashMap<>();
    private final Map<String, Counter> rateLimited = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    MicrometerChatMetrics(MeterRegistry registry) {
        for (MessageType type : MessageType.values()) {
            processing.put(type, Timer.builder("chat.message.processing.time")
                    .description("From a send to its message being durable in the store")
                    .tag("type", type.wireName()).publishPercentileHistogram().register(registry));
        }
        fanOut = Timer.builder("chat.fanout.latency")
                .description("From a new message being durable to its hand-over to this node's last recipient")
                .publishPercentileHistogram().register(registry);
        this.registry = registry;
    }

    @Override
    public void messageStored(MessageType type, long nanosSinceSend) {
        processing.get(type).record(nanosSinceSend, TimeUnit.NANOSECONDS);
    }

    @Override
    public void broadcastHanded(long nanosSinceDurable) {
        fanOut.record(nanosSinceDurable, TimeUnit.NANOSECONDS);
    }

    @Override
    public void authenticationRefused(ErrorCode reason) {
        authFailures.computeIfAbsent(reason, code -> Counter.builder("chat.auth.failures")
                .description("Presented credentials (tokens, gateway claims) refused, by the refusal's code")
                .tag("reason", code.name().toLowerCase(Locale.ROOT)).register(registry)).increment();
    }

    @Override
    public void rateLimited(String action) {
        rateLimited.computeIfAbsent(action, a -> MeteredRateLimiter.refusals(registry, a)).increment();
    }
}
