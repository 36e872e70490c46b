package io.doran.chat.adapters.ws.chat;

import io.doran.chat.adapters.ws.session.Languages;
import io.doran.chat.adapters.ws.session.OriginPolicy;
import io.doran.chat.adapters.ws.session.Sessions;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.PresentedCredentials;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates the WebSocket handshake (SPEC §2; 000): the token comes from {@code Authorization: Bearer},
 * {@code ?token=} or the {@code jwt_token} cookie, read in the one order every surface shares
 * ({@link AuthenticateUseCase#authenticate(PresentedCredentials)}); a page from an origin the {@link OriginPolicy}
 * does not allow, when only the cookie speaks for it, is
 * refused with 403 {@code {"error":"origin_not_allowed",...}}. A handshake with an invalid, expired or
 * revoked token is refused with HTTP 401 and {@code {"error":"invalid_token","message":"JWT token is invalid"}};
 * one without a token is accepted unauthenticated and must send {@code authenticate} in time.
 */
final class HandshakeAuthenticator implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(HandshakeAuthenticator.class);

    static final String HANDSHAKE = "doran.handshake";
    static final String LOCALE = "doran.locale";

    private final AuthenticateUseCase authenticate;
    private final String cookieName;
    private final OriginPolicy origins;
    private final Locale defaultLocale;

    HandshakeAuthenticator(AuthenticateUseCase authenticate, String cookieName, OriginPolicy origins,
                           Locale defaultLocale) {
        this.authenticate = authenticate;
        this.cookieName = cookieName;
        this.origins = origins;
        this.defaultLocale = defaultLocale;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        attributes.put(LOCALE, Languages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE), defaultLocale));
        PresentedCredentials credentials = credentials(request);
        if (!origins.allows(request.getHeaders().getOrigin(), request.getURI(), credentials.cookieOnly())) {
            refuse(response, HttpStatus.FORBIDDEN, "origin_not_allowed", "This origin may not open a connection");
            return false;
        }
        try {
            Optional<AuthenticateUseCase.Authenticated> signedIn = authenticate.authenticate(credentials);
            signedIn.ifPresent(in -> attributes.put(HANDSHAKE, new Sessions.Handshake(in.caller(), in.token())));
            return true;
        } catch (ChatException e) {
            refuse(response, e.code());
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** What the handshake presents: every Authorization value, every token cookie, every {@code ?token=}. */
    private PresentedCredentials credentials(ServerHttpRequest request) {
        List<String> cookies = new ArrayList<>();
        for (String header : request.getHeaders().getOrDefault(HttpHeaders.COOKIE, List.of())) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(cookieName)) {
                    cookies.add(pair[1]);
                }
            }
        }
        List<String> query = new ArrayList<>();
        for (String value : UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                .getOrDefault("token", List.of())) {
            query.add(value == null ? "" : java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return new PresentedCredentials(request.getHeaders().getOrDefault(HttpHeaders.AUTHORIZATION, List.of()), cookies,
                query, Optional.empty());
    }

    private static void refuse(ServerHttpResponse response, ErrorCode code) {
        String error = switch (code) {
            case EXPIRED_TOKEN -> "expired_token";
            case REVOKED_TOKEN -> "revoked_token";
            case USER_SUSPENDED -> "user_suspended";
            default -> "invalid_token";
        };
        String message = switch (code) {
            case EXPIRED_TOKEN -> "JWT token is expired";
            case REVOKED_TOKEN -> "JWT token is revoked";
            case USER_SUSPENDED -> "User is suspended";
            default -> "JWT token is invalid";
        };
        refuse(response, HttpStatus.UNAUTHORIZED, error, message);
    }

    /** Refuses the handshake with {@code status} and {@code {"error": error, "message": message}}. */
    private static void refuse(ServerHttpResponse response, HttpStatus status, String error, String message) {
        log.warn("Refused a /chat handshake: {} ({})", error, status.value());
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        try {
            response.getBody().write(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
