package io.doran.chat.adapters.ws.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.ee11.websocket.server.JettyWebSocketServerContainer;
import org.eclipse.jetty.websocket.api.Configurable;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.adapter.jetty.JettyWebSocketHandlerAdapter;
import org.springframework.web.socket.adapter.jetty.JettyWebSocketSession;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;

/**
 * How the Spring-handled live endpoints ({@code /chat}, seed 001's WebSocket) upgrade on Jetty, with or without
 * WebSocket compression ({@code chat.ws.compression}). Jetty negotiates {@code permessage-deflate} whenever a client
 * offers it, as every browser does, and then holds a zlib deflater and inflater for the connection's whole life:
 * about 90 KB of native memory per connection, idle or not, and a broadcast's shared frame compressed again for
 * each recipient. Without compression the upgrade answers with no extension, and the client sends and receives
 * plain frames; the Socket.IO endpoint never compresses.
 */
public final class JettyUpgrades {

    private JettyUpgrades() {
    }

    /** Spring's Jetty upgrade with {@code configurer} applied to the container, negotiating compression or not. */
    public static RequestUpgradeStrategy strategy(boolean compression, Consumer<Configurable> configurer) {
        JettyRequestUpgradeStrategy jetty = compression ? new JettyRequestUpgradeStrategy() : new WithoutCompression();
        jetty.addWebSocketConfigurer(configurer);
        return jetty;
    }

    /** Spring's upgrade on Jetty, but the response accepts no extension whatever the client offered. */
    private static final class WithoutCompression extends JettyRequestUpgradeStrategy {

        @Override
        public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
            return List.of();
        }

        @Override
        public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                            List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler handler,
                            Map<String, Object> attributes) throws HandshakeFailureException {
            if (!(request instanceof ServletServerHttpRequest servletRequest)
                    || !(response instanceof ServletServerHttpResponse servletResponse)) {
                throw new HandshakeFailureException("a WebSocket upgrade on Jetty needs a servlet request");
            }
            HttpServletRequest httpRequest = servletRequest.getServletRequest();
            HttpServletResponse httpResponse = servletResponse.getServletResponse();
            JettyWebSocketHandlerAdapter adapter =
                    new JettyWebSocketHandlerAdapter(handler, new JettyWebSocketSession(attributes, user));
            try {
                JettyWebSocketServerContainer.getContainer(httpRequest.getServletContext()).upgrade(
                        (upgradeRequest, upgradeResponse) -> {
                            if (selectedProtocol != null) {
                                upgradeResponse.setAcceptedSubProtocol(selectedProtocol);
                            }
                            upgradeResponse.setExtensions(List.of());
                            return adapter;
                        }, httpRequest, httpResponse);
            } catch (Exception e) {
                throw new HandshakeFailureException("Failed to upgrade", e);
            }
        }
    }
}
