package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every request body passes here before anything buffers or parses it (issue 15). A declared length
 * over {@code chat.limits.max-body-size} is answered 413 {@code PAYLOAD_TOO_LARGE} at once; any other body
 * is read through a {@link BoundedBody}, which fails the reader with 413 as soon as it passes the limit
 * (chunked bodies included) and with 400 {@code VALIDATION_FAILED} on bytes that are not UTF-8; and the
 * response settles the body before it commits ({@link SettlingResponse}). Requests without a body pass
 * untouched.
 */
public final class RequestBodyFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final LocaleResolver locales;

    public RequestBodyFilter(long maxBytes, LocaleResolver locales) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!BoundedRequest.declaresBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        BoundedRequest bounded = new BoundedRequest(request, maxBytes);
        SettlingResponse settling = new SettlingResponse(response, bounded);
        if (request.getContentLengthLong() > maxBytes) {
            settling.close();
            EarlyProblem.write(settling, locales.resolveLocale(request), new ChatException(ErrorCode.PAYLOAD_TOO_LARGE, maxBytes));
            return;
        }
        try {
            chain.doFilter(bounded, settling);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<ChatException> refusal = refusal(e);
            if (refusal.isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            EarlyProblem.write(settling, locales.resolveLocale(request), refusal.get());
        }
    }

    /** The refusal of a body that a reader outside Spring MVC's error handling ran into, if that is what failed. */
    private static Optional<ChatException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyRefusedException refused) {
                return Optional.of(refused.reason());
            }
        }
        return Optional.empty();
    }
}
