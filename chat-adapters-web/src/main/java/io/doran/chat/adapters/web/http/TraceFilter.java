package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code TRACE} is answered 405 {@code METHOD_NOT_ALLOWED} on every path. The servlet default echoes
 * the request back — headers such as cookies and tokens included — and Spring MVC, even when told to
 * dispatch TRACE, lets the servlet append that echo to its own 405.
 */
public final class TraceFilter extends OncePerRequestFilter {

    private final LocaleResolver locales;

    public TraceFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"TRACE".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        response.setHeader("Connection", "close");
        EarlyProblem.write(response, locales.resolveLocale(request), new ChatException(ErrorCode.METHOD_NOT_ALLOWED));
    }
}
