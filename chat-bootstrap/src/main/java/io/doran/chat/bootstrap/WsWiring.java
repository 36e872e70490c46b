package io.doran.chat.bootstrap;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.adapters.ws.session.WsUseCases;
import io.doran.chat.application.service.AccessService;
import io.doran.chat.application.service.LiveConnections;
import io.doran.chat.application.service.LiveRooms;
import io.doran.chat.application.service.MessageService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The WebSocket endpoint {@code /chat} (SPEC §5). */
@Configuration(proxyBeanMethods = false)
@Import(WsAdapterConfiguration.class)
class WsWiring {

    @Bean
    WsUseCases wsUseCases(AccessService access, LiveConnections connections, LiveRooms rooms, MessageService messages) {
        return new WsUseCases(access, connections, connections, rooms, rooms, messages, messages, messages, messages,
                messages, rooms);
    }

}
