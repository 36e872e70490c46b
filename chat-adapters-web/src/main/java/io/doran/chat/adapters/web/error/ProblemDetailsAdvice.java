package io.doran.chat.adapters.web.error;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.error.RateLimitedException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into an RFC 9457 problem detail with a stable {@code code} (SPEC §4) and a
 * {@code detail} in the request's language ({@code Accept-Language}: English default, Korean). No
 * stack trace or exception text of a library ever reaches a client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ChatException.class)
    ResponseEntity<ProblemDetail> chatException(ChatException e) {
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem = problem(e.code(), e.args());
        problem.setDetail(ErrorMessages.describe(e, locale()));
        if (e instanceof RateLimitedException limited) {
            long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problem.setProperty("retryAfterMs", limited.retryAfter().toMillis());
        }
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return respond(problem(ErrorCode.VALIDATION_FAILED,
                List.of("'" + e.getName() + "' is not a valid " + expected)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled exception", e);
        return respond(problem(ErrorCode.INTERNAL_ERROR, List.of()));
    }

    /**
     * A body that could not be read: refused while it streamed in (too large, not UTF-8: the refusal's
     * own code), a value of the wrong JSON type (which field), or no JSON at all.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException refusal) {
                ProblemDetail problem = problem(refusal.code(), refusal.args());
                return ResponseEntity.status(problem.getStatus()).body(problem);
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return ResponseEntity.badRequest().body(problem(ErrorCode.VALIDATION_FAILED,
                        List.of("'" + path(mismatch) + "' has the wrong JSON type")));
            }
        }
        return ResponseEntity.badRequest().body(problem(ErrorCode.VALIDATION_FAILED,
                List.of("the request body is not valid JSON of the expected shape")));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(ErrorCode.VALIDATION_FAILED,
                List.of("parameter '" + e.getParameterName() + "' is required")));
    }

    /**
     * Framework-level refusals (unknown path, wrong method, media type, missing parameter): Spring's
     * status, with the stable code of that status and a localized detail.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", e);
        }
        ErrorCode code = frameworkCode(statusCode);
        List<Object> args = code == ErrorCode.VALIDATION_FAILED ? List.of(statusCode.toString()) : List.of();
        ProblemDetail problem = problem(code, args);
        problem.setStatus(statusCode.value());
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    private static ErrorCode frameworkCode(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ErrorCode.ENDPOINT_NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status.is5xxServerError() ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static ProblemDetail problem(ErrorCode code, List<Object> args) {
        HttpStatus status = ErrorStatus.of(code);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ErrorMessages.describe(code, args, locale()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code.name());
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
