package io.doran.chat.adapters.ws.channels;

import io.doran.chat.adapters.ws.session.Languages;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.application.port.in.AuthenticateGatewayUserUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.application.port.in.GatewayClaim;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Seed 001's handshake (SPEC §2 gateway-trusted mode): the user is who the gateway says, in {@code X-User-Id},
 * {@code X-User-Nickname}, {@code X-User-Email}, {@code X-User-Profile-Url} or the {@code user_id}, {@code
 * nickname}, {@code email}, {@code profile_url} query parameters, only when the handshake carries the gateway's
 * secret header; the room is the path's. Without the mode, the secret or a user the handshake is refused with 401
 * {@code {"error":"unauthorized",...}} (a suspended user: {@code user_suspended}).
 *
 * <p>Origins: the gateway vouches that the request came through it, not which page opened it, and a browser
 * client sends nothing of its own (001's page opens the socket with no credential, so the gateway recognizes the
 * user by what the browser sends by itself, such as a cookie). The gateway's identity is therefore treated like
 * the cookie: a page from another origin than the server's must be listed in {@code chat.ws.allowed-origins}, and
 * {@code *} there does not admit it.
 */
final class GatewayHandshake implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(GatewayHandshake.class);

    static final String HANDSHAKE = "doran.channels.handshake";
    static final String LOCALE = "doran.channels.locale";
    static final String ROOM = "doran.channels.room";

    private final AuthenticateGatewayUserUseCase gateway;
    private final CredentialSources sources;
    private final OriginPolicy origins;
    private final Locale defaultLocale;

    GatewayHandshake(AuthenticateGatewayUserUseCase gateway, CredentialSources sources, OriginPolicy origins,
                     Locale defaultLocale) {
        this.gateway = gateway;
        this.sources = sources;
        this.origins = origins;
        this.defaultLocale = defaultLocale;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        attributes.put(LOCALE, Languages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE), defaultLocale));
        attributes.put(ROOM, room(request.getURI().getRawPath()));
        if (!origins.allows(request.getHeaders().getOrigin(), request.getURI(), true)) {
            refuse(response, HttpStatus.FORBIDDEN, "origin_not_allowed", "This origin may not open a connection");
            return false;
        }
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
        Optional<String> user = raw(request, query, "X-User-Id", "user_id");
        if (user.isEmpty() || sources.gatewaySecretHeader().isEmpty()) {
            refuse(response, HttpStatus.UNAUTHORIZED, "unauthorized", "The gateway's user and secret are required");
            return false;
        }
        try {
            Caller caller = gateway.trust(new GatewayClaim(
                    Optional.ofNullable(request.getHeaders().getFirst(sources.gatewaySecretHeader().get())), user.get(),
                    value(request, query, "X-User-Nickname", "nickname"), value(request, query, "X-User-Email", "email"),
                    value(request, query, "X-User-Profile-Url", "profile_url")));
            attributes.put(HANDSHAKE, new Sessions.Handshake(caller, null));
            return true;
        } catch (ChatException e) {
            if (e.code() == ErrorCode.USER_SUSPENDED) {
                refuse(response, HttpStatus.UNAUTHORIZED, "user_suspended", "User is suspended");
            } else {
                refuse(response, HttpStatus.UNAUTHORIZED, "unauthorized", "The gateway's user and secret are required");
            }
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** The room segment of {@code /ws/chat/{room_id}/chat/}, as sent. */
    private static String room(String path) {
        String[] segments = path.split("/");
        return segments.length > 3 ? decoded(segments[3]) : "";
    }

    /** A header, else the query parameter (URL-decoded: names in other scripts travel there); blank is absent. */
    private static Optional<String> value(ServerHttpRequest request, MultiValueMap<String, String> query, String header,
                                          String parameter) {
        return raw(request, query, header, parameter).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A header, else the URL-decoded query parameter, exactly as sent (a user id is never trimmed); empty is absent. */
    private static Optional<String> raw(ServerHttpRequest request, MultiValueMap<String, String> query, String header,
                                        String parameter) {
        String value = request.getHeaders().getFirst(header);
        if (value == null) {
            String encoded = query.getFirst(parameter);
            value = encoded == null ? null : decoded(encoded);
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    /** {@code raw} URL-decoded; empty when it is not validly encoded. */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Refuses the handshake with {@code status} and {@code {"error": error, "message": message}}. */
    private static void refuse(ServerHttpResponse response, HttpStatus status, String error, String message) {
        log.warn("Refused a seed 001 WebSocket handshake: {} ({})", error, status.value());
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        try {
            response.getBody().write(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
