package io.doran.chat.adapters.web.auth;

import io.doran.chat.adapters.web.http.QueryParameters;
import io.doran.chat.application.port.in.AdmitRequestUseCase;
import io.doran.chat.application.port.in.AuthenticateGatewayUserUseCase;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.adapters.web.log.LogContext;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.application.port.in.GatewayClaim;
import io.doran.chat.application.port.in.PresentedCredentials;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;

/**
 * Finds who is calling (SPEC §2). The request's credentials — {@code Authorization: Bearer}, the
 * {@code jwt_token} cookie, {@code ?token=} — go to {@link AuthenticateUseCase} as they are, which reads
 * them in the one order every surface shares; in gateway-trusted mode the {@code X-User-*} headers (or
 * {@code user_id}, ... query parameters), only together with the gateway secret. Identity never comes
 * from a request body, and nothing here reads one: parameters come from the query string only. Every
 * authenticated request passes the per-user REST rate limit (SPEC §8) once.
 */
public final class RequestAuthenticator {

    private static final String ATTRIBUTE = RequestAuthenticator.class.getName() + ".caller";

    private final AuthenticateUseCase authenticate;
    private final AuthenticateGatewayUserUseCase gateway;
    private final AdmitRequestUseCase admit;
    private final CredentialSources sources;

    public RequestAuthenticator(AuthenticateUseCase authenticate, AuthenticateGatewayUserUseCase gateway,
                                AdmitRequestUseCase admit, CredentialSources sources) {
        this.authenticate = authenticate;
        this.gateway = gateway;
        this.admit = admit;
        this.sources = sources;
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
        MultiValueMap<String, String> query = QueryParameters.parse(request.getQueryString());
        if (sources.gatewayTrusted()) {
            Optional<String> gatewayUser = headerOrParameter(request, query, "X-User-Id", "user_id");
            if (gatewayUser.isPresent()) {
                return Optional.of(gateway.trust(new GatewayClaim(
                        Optional.ofNullable(request.getHeader(sources.gatewaySecretHeader().orElseThrow())),
                        gatewayUser.get(), headerOrParameter(request, query, "X-User-Nickname", "nickname"),
                        headerOrParameter(request, query, "X-User-Email", "email"),
                        headerOrParameter(request, query, "X-User-Profile-Url", "profile_url"))));
            }
        }
        return authenticate.authenticate(credentials(request, query)).map(AuthenticateUseCase.Authenticated::caller);
    }

    private PresentedCredentials credentials(HttpServletRequest request, MultiValueMap<String, String> query) {
        List<String> cookies = new ArrayList<>();
        Cookie[] all = request.getCookies();
        if (all != null) {
            for (Cookie cookie : all) {
                if (sources.tokenCookie().equals(cookie.getName())) {
                    cookies.add(cookie.getValue());
                }
            }
        }
        return new PresentedCredentials(Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)), cookies,
                query.getOrDefault("token", List.of()), Optional.empty());
    }

    private static Optional<String> headerOrParameter(HttpServletRequest request, MultiValueMap<String, String> query,
                                                      String header, String parameter) {
        String value = request.getHeader(header);
        if (value == null) {
            value = query.getFirst(parameter);
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
