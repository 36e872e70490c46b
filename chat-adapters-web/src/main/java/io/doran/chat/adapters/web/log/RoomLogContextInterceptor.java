package io.doran.chat.adapters.web.log;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.shared.RoomId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Puts the {@code {roomId}} of a request's path in the {@link LogContext} before its handler runs (when it is a room id). */
public final class RoomLogContextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("roomId") instanceof String raw) {
            try {
                LogContext.room(RoomId.parse(raw));
            } catch (ChatException notARoomId) {
                // the handler answers VALIDATION_FAILED; the log context stays without a room
            }
        }
        return true;
    }
}
