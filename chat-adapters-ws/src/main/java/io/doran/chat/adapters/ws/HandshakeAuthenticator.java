package io.doran.chat.adapters.ws;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates the WebSocket handshake (SPEC §2; 000): the token comes from the {@code jwt_token}
 * cookie, {@code Authorization: Bearer}, or {@code ?token=}, read in the one order every surface shares
 * ({@link AuthenticateUseCase#authenticate(PresentedCredentials)}). A handshake with an invalid, expired or
 * revoked token is refused with HTTP 401 and {@code {"error":"invalid_token","message":"JWT token is invalid"}};
 * one without a token is accepted unauthenticated and must send {@code authenticate} in time.
 */
final class HandshakeAuthenticator implements HandshakeInterceptor {

    static final String CALLER = "doran.caller";
    static final String TOKEN = "doran.token";
    static final String LOCALE = "doran.locale";

    private final AuthenticateUseCase authenticate;
    private final String cookieName;

    HandshakeAuthenticator(AuthenticateUseCase authenticate, String cookieName) {
        this.authenticate = authenticate;
        this.cookieName = cookieName;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        List<Locale.LanguageRange> languages = parseLanguages(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        attributes.put(LOCALE, languages.isEmpty() ? Locale.ENGLISH
                : Locale.forLanguageTag(languages.getFirst().getRange()));
        try {
            Optional<AuthenticateUseCase.Authenticated> signedIn = authenticate.authenticate(credentials(request));
            if (signedIn.isEmpty()) {
                return true;
            }
            attributes.put(CALLER, signedIn.get().caller());
            attributes.put(TOKEN, signedIn.get().token());
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

    /** What the handshake presents, for the one credential order every surface shares (AuthenticateUseCase). */
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
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        try {
            response.getBody().write(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Locale.LanguageRange> parseLanguages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
