package io.doran.chat.bootstrap;

import io.doran.chat.adapters.ws.socketio.SocketIoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The Socket.IO endpoint {@code /socket.io/} (issue 12); its settings are the adapter's {@code chat.socketio.*}. */
@Configuration(proxyBeanMethods = false)
@Import(SocketIoConfiguration.class)
class SocketIoWiring {
}
