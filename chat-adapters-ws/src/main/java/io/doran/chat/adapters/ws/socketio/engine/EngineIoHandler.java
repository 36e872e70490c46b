package io.doran.chat.adapters.ws.socketio.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Engine.IO endpoint in Jetty: a core handler in front of the rest of the server that takes the
 * requests under its path (both transports share it: long-polling GET and POST, and the WebSocket upgrade)
 * and passes every other request on. It validates what the protocol asks (HTTP 400 with the reference
 * server's {@code {code, message}} body for a missing or wrong {@code EIO}, an unknown transport or
 * session, a bad method), answers CORS for browsers, and upgrades to WebSocket through Jetty's own
 * container. Being a core handler, it holds no thread for a pending poll and writes without blocking.
 */
public final class EngineIoHandler extends Handler.Wrapper {

    private static final Logger log = LoggerFactory.getLogger(EngineIoHandler.class);

    private final String path;
    private final EngineServer engine;
    private final ServerWebSocketContainer webSockets;

    private EngineIoHandler(String path, EngineServer engine, ServerWebSocketContainer webSockets, Handler next) {
        super(next);
        this.path = path.endsWith("/") ? path : path + "/";
        this.engine = engine;
        this.webSockets = webSockets;
    }

    /**
     * Puts an endpoint at {@code path} (e.g. {@code /socket.io/}) in front of the server's handler; call it
     * before the server starts. Several endpoints may share a server (each call wraps the previous one).
     */
    public static void install(Server server, String path, EngineServer engine) {
        EngineIoHandler existing = server.getDescendant(EngineIoHandler.class);
        ServerWebSocketContainer webSockets = existing != null ? existing.webSockets : ServerWebSocketContainer.ensure(server);
        server.setHandler(new EngineIoHandler(path, engine, webSockets, server.getHandler()));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!Request.getPathInContext(request).startsWith(path)) {
            return super.handle(request, response, callback);
        }
        try {
            serve(request, response, callback);
        } catch (RuntimeException e) {
            log.warn("Refusing a malformed Engine.IO request {}", request.getHttpURI(), e);
            HttpAnswers.error(response, callback, EngineError.BAD_REQUEST);
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        URI server = request.getHttpURI().toURI();
        Cors cors = engine.cors();
        if (!cors.allows(origin, server)) {
            HttpAnswers.error(response, callback, EngineError.FORBIDDEN);
            return;
        }
        if (HttpMethod.OPTIONS.is(request.getMethod())) {
            cors.addPreflightHeaders(origin, server, request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS),
                    response.getHeaders());
            response.setStatus(204);
            callback.succeeded();
            return;
        }
        cors.addHeaders(origin, server, response.getHeaders());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");

        Fields query = Request.extractQueryParameters(request);
        if (!"4".equals(query.getValue("EIO"))) {
            HttpAnswers.error(response, callback, EngineError.UNSUPPORTED_PROTOCOL_VERSION);
            return;
        }
        String transport = query.getValue("transport");
        String sid = query.getValue("sid");
        EngineSession session = sid == null ? null : engine.find(sid);
        if (sid != null && session == null) {
            HttpAnswers.error(response, callback, EngineError.UNKNOWN_SID);
            return;
        }
        if ("websocket".equals(transport)) {
            upgrade(request, response, callback, session);
        } else if ("polling".equals(transport)) {
            poll(request, response, callback, session);
        } else {
            HttpAnswers.error(response, callback, EngineError.UNKNOWN_TRANSPORT);
        }
    }

    private void upgrade(Request request, Response response, Callback callback, EngineSession session) {
        HandshakeRequest handshake = session == null ? handshake(request) : null;
        boolean upgraded = webSockets.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) -> {
            // No permessage-deflate: it would compress a broadcast's shared frame once per recipient.
            upgradeResponse.setExtensions(List.of());
            return new EngineWebSocket(engine, session, handshake);
        }, request, response, callback);
        if (!upgraded) {
            HttpAnswers.error(response, callback, EngineError.BAD_REQUEST);
        }
    }

    private void poll(Request request, Response response, Callback callback, EngineSession session) {
        String method = request.getMethod();
        if (session == null) {
            if (HttpMethod.GET.is(method)) {
                engine.openPollingSession(handshake(request), request, response, callback);
            } else {
                HttpAnswers.error(response, callback, EngineError.BAD_HANDSHAKE_METHOD);
            }
        } else if (HttpMethod.GET.is(method)) {
            session.poll(request, response, callback);
        } else if (HttpMethod.POST.is(method)) {
            session.post(request, response, callback);
        } else {
            HttpAnswers.error(response, callback, EngineError.BAD_REQUEST);
        }
    }

    /** What the application may read from the opening request. */
    private static HandshakeRequest handshake(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), field.getValues());
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (HttpCookie cookie : Request.getCookies(request)) {
            cookies.putIfAbsent(cookie.getName(), cookie.getValue());
        }
        return new HandshakeRequest(request.getHttpURI().toURI(), headers, query, cookies, Request.getRemoteAddr(request),
                locales(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)), request.isSecure());
    }

    /** The languages the client asked for, preferred first; none when it asked for none. */
    static List<Locale> locales(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(Locale.LanguageRange::getRange)
                    .filter(range -> !range.startsWith("*"))
                    .map(Locale::forLanguageTag)
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
