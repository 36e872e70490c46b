package io.doran.chat.bootstrap;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.adapters.ws.session.SessionMetrics;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.service.LiveRooms;
import io.doran.chat.domain.live.LiveRoomState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operational metrics (SPEC §9, seed 003), one place: the use cases' {@link ChatMetrics} in Micrometer, the rate
 * limiter counting its refusals, and gauges of open connections (in all, and by transport) and of live rooms by
 * lifecycle state. The WebSocket and REST adapters count the messages sent through them and the slow consumers
 * they drop themselves.
 */
@Configuration(proxyBeanMethods = false)
class MetricsWiring implements InitializingBean {

    private final MeterRegistry registry;
    private final LiveRooms liveRooms;
    private final WsAdapterConfiguration webSocket;

    MetricsWiring(MeterRegistry registry, LiveRooms liveRooms, WsAdapterConfiguration webSocket) {
        this.registry = registry;
        this.liveRooms = liveRooms;
        this.webSocket = webSocket;
    }

    @Bean
    static ChatMetrics chatMetrics(MeterRegistry registry) {
        return new MicrometerChatMetrics(registry);
    }

    /** Whichever store's rate limiter is plugged in counts what it refuses ({@code chat.rate.limited}). */
    @Bean
    static BeanPostProcessor meteredRateLimiter(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof RateLimiter limiter && !(bean instanceof MeteredRateLimiter)
                        ? new MeteredRateLimiter(limiter, registry.getObject()) : bean;
            }
        };
    }

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("chat.connections.open", webSocket, WsAdapterConfiguration::openConnections)
                .description("Open WebSocket connections on this node (/chat and seed 001's WebSocket)").register(registry);
        for (String transport : SessionMetrics.TRANSPORTS) {
            Gauge.builder("chat.connections", webSocket,
                            ws -> ws.sessionsByTransport().getOrDefault(transport, 0))
                    .tag("transport", transport)
                    .description("Live sessions on this node by transport").register(registry);
        }
        for (LiveRoomState state : LiveRoomState.values()) {
            Gauge.builder("chat.live.rooms", liveRooms, service -> service.liveRoomsByState().getOrDefault(state, 0))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("Live rooms on this node by lifecycle state").register(registry);
        }
    }
}
