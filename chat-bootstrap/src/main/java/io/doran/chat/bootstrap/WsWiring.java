package io.doran.chat.bootstrap;

import io.doran.chat.adapters.ws.WsAdapterConfiguration;
import io.doran.chat.adapters.ws.channels.ChannelsUseCases;
import io.doran.chat.adapters.ws.session.WsUseCases;
import io.doran.chat.application.service.AccessService;
import io.doran.chat.application.service.GatewayService;
import io.doran.chat.application.service.LiveConnections;
import io.doran.chat.application.service.LiveRooms;
import io.doran.chat.application.service.MessageService;
import io.doran.chat.application.service.RoomService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The WebSocket endpoints: {@code /chat} (SPEC §5) and seed 001's {@code /ws/chat/{room_id}/chat/}. */
@Configuration(proxyBeanMethods = false)
@Import(WsAdapterConfiguration.class)
class WsWiring {

    @Bean
    WsUseCases wsUseCases(AccessService access, LiveConnections connections, LiveRooms rooms, MessageService messages) {
        return new WsUseCases(access, connections, connections, rooms, rooms, messages, messages, messages, messages,
                messages, rooms);
    }

    @Bean
    ChannelsUseCases channelsUseCases(GatewayService gateway, RoomService rooms) {
        return new ChannelsUseCases(gateway, rooms);
    }

}
