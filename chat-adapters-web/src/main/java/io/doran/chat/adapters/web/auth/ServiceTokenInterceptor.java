package io.doran.chat.adapters.web.auth;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The internal service API ({@code /api/internal/v1/**}, 004) accepts only the configured service
 * token; with none configured, it accepts nothing.
 */
public final class ServiceTokenInterceptor implements HandlerInterceptor {

    private final InternalApiSettings settings;

    public ServiceTokenInterceptor(InternalApiSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String presented = request.getHeader(settings.serviceTokenHeader());
        if (settings.serviceToken().isEmpty() || !Secrets.matches(presented, settings.serviceToken().get())) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
        return true;
    }
}
