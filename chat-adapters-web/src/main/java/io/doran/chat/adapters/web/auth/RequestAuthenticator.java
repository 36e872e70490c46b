package io.doran.chat.adapters.web.auth;

import io.doran.chat.application.port.in.AdmitRequestUseCase;
import io.doran.chat.application.port.in.AuthenticateGatewayUserUseCase;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.adapters.web.log.LogContext;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Finds who is calling (SPEC §2): {@code Authorization: Bearer} first, then the {@code jwt_token}
 * cookie; in gateway-trusted mode the {@code X-User-*} headers (or {@code user_id}, ... parameters),
 * only together with the gateway secret. Identity never comes from a request body. Every
 * authenticated request passes the per-user REST rate limit (SPEC §8) once.
 */
public final class RequestAuthenticator {

    private static final String ATTRIBUTE = RequestAuthenticator.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final AuthenticateUseCase authenticate;
    private final AuthenticateGatewayUserUseCase gateway;
    private final AdmitRequestUseCase admit;
    private final WebAuthSettings settings;

    public RequestAuthenticator(AuthenticateUseCase authenticate, AuthenticateGatewayUserUseCase gateway,
                                AdmitRequestUseCase admit, WebAuthSettings settings) {
        this.authenticate = authenticate;
        this.gateway = gateway;
        this.admit = admit;
        this.settings = settings;
    }

    /** The caller, or empty for an anonymous request; a bad credential is refused, not ignored. */
    @SuppressWarnings("unchecked")
    public Optional<Caller> caller(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return (Optional<Caller>) cached;
        }
        Optional<Caller> caller = resolve(request);
        request.setAttribute(ATTRIBUTE, caller);
        caller.ifPresent(c -> {
            LogContext.user(c.userId());
            admit.admit(c.userId());
        });
        return caller;
    }

    /** The caller of an endpoint that needs one: anonymous requests are {@code UNAUTHORIZED}. */
    public Caller requireCaller(HttpServletRequest request) {
        return caller(request).orElseThrow(() -> new ChatException(ErrorCode.UNAUTHORIZED));
    }

    private Optional<Caller> resolve(HttpServletRequest request) {
        if (settings.gatewayEnabled()) {
            Optional<String> gatewayUser = headerOrParameter(request, "X-User-Id", "user_id");
            if (gatewayUser.isPresent()) {
                if (!Secrets.matches(request.getHeader(settings.gatewaySecretHeader()), settings.gatewaySecret().orElseThrow())) {
                    throw new ChatException(ErrorCode.UNAUTHORIZED);
                }
                return Optional.of(gateway.trust(UserId.of(gatewayUser.get()),
                        headerOrParameter(request, "X-User-Nickname", "nickname"),
                        headerOrParameter(request, "X-User-Email", "email"),
                        headerOrParameter(request, "X-User-Profile-Url", "profile_url")));
            }
        }
        return token(request).map(authenticate::authenticate);
    }

    private Optional<String> token(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new ChatException(ErrorCode.INVALID_TOKEN);
            }
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (settings.cookieName().equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> headerOrParameter(HttpServletRequest request, String header, String parameter) {
        String value = request.getHeader(header);
        if (value == null) {
            value = request.getParameter(parameter);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
