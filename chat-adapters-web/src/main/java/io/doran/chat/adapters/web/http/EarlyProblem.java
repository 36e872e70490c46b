package io.doran.chat.adapters.web.http;

import io.doran.chat.adapters.web.error.ErrorStatus;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The same RFC 9457 problem detail the REST advice writes, for answers a filter gives before Spring MVC runs. */
final class EarlyProblem {

    private EarlyProblem() {
    }

    static void write(HttpServletResponse response, Locale locale, ChatException problem) throws IOException {
        HttpStatus status = ErrorStatus.of(problem.code());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail = ErrorMessages.describe(problem, locale);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quote(status.getReasonPhrase())
                + ",\"status\":" + status.value() + ",\"detail\":" + quote(detail)
                + ",\"code\":\"" + problem.code().name() + "\"}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
