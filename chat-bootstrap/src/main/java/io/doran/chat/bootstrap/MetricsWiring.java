package io.doran.chat.bootstrap;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.application.service.LiveRooms;
import io.doran.chat.domain.live.LiveRoomState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;

/** Operational gauges (SPEC §9): open WebSocket connections and live rooms by lifecycle state. */
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

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("chat.connections.open", webSocket, WsAdapterConfiguration::openConnections)
                .description("Open WebSocket connections on this node").register(registry);
        for (LiveRoomState state : LiveRoomState.values()) {
            Gauge.builder("chat.live.rooms", liveRooms, service -> service.liveRoomsByState().getOrDefault(state, 0))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("Live rooms on this node by lifecycle state").register(registry);
        }
    }
}
