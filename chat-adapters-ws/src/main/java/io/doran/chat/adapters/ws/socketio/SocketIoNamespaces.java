package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import java.util.Map;

/**
 * The handler of each namespace the endpoint serves. A bean of this type replaces the default, which
 * refuses every connection to {@code /} and {@code /socket} (see {@link NotAvailableNamespace}).
 *
 * @param handlers by namespace name, each starting with {@code /}
 */
public record SocketIoNamespaces(Map<String, NamespaceHandler> handlers) {

    public SocketIoNamespaces {
        handlers = Map.copyOf(handlers);
    }

    static SocketIoNamespaces notAvailable() {
        NotAvailableNamespace handler = new NotAvailableNamespace();
        return new SocketIoNamespaces(Map.of("/", handler, "/socket", handler));
    }
}
