package io.doran.chat.adapters.ws.socketio.live;

import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.adapters.ws.socketio.SocketIoNamespaces;
import io.doran.chat.adapters.ws.socketio.protocol.PacketEncoder;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The Socket.IO endpoint's namespaces, {@code /} and {@code /socket}, served by the live sessions (SPEC §10). */
public final class LiveSocketIo {

    private LiveSocketIo() {
    }

    public static SocketIoNamespaces namespaces(Sessions sessions, AuthenticateUseCase authenticate, OriginPolicy origins,
                                                String cookieName, Locale defaultLocale, JsonMapper json) {
        SocketIoCodec codec = new SocketIoCodec(json);
        PacketEncoder encoder = new PacketEncoder(codec.json());
        return new SocketIoNamespaces(Map.of(
                "/", new LiveNamespace("/", sessions, authenticate, origins, cookieName, defaultLocale, codec, encoder),
                "/socket", new LiveNamespace("/socket", sessions, authenticate, origins, cookieName, defaultLocale, codec,
                        encoder)));
    }
}
