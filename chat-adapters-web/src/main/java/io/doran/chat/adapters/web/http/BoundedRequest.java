package io.doran.chat.adapters.web.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request with a body, whose body is a {@link BoundedBody} for whoever reads it (stream or reader)
 * and whose parameters come from the query string only.
 */
final class BoundedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private BoundedBody body;
    private BufferedReader reader;
    private Map<String, String[]> parameters;

    BoundedRequest(HttpServletRequest request, long maxBytes) {
        super(request);
        this.maxBytes = maxBytes;
    }

    /** Whether the request says it carries a body: a positive length, or any transfer coding (chunked). */
    static boolean declaresBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("getReader() was called");
        }
        return body();
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(body(), charset()));
        }
        return reader;
    }

    /**
     * How long an early answer waits for the rest of a body within the limit before it gives up on keeping the
     * connection: long enough for any body still streaming on a working connection, short enough that a client
     * that never sends its body is answered (with {@code Connection: close}) at once by its standards.
     */
    static final Duration DRAIN_PATIENCE = Duration.ofSeconds(1);

    /** See {@link BoundedBody#drain}; a body nobody opened is opened for it. */
    boolean drain() {
        try {
            return body().drain("100-continue".equalsIgnoreCase(getHeader("Expect")), DRAIN_PATIENCE);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private BoundedBody body() throws IOException {
        if (body == null) {
            body = new BoundedBody(super.getInputStream(), maxBytes, getContentLengthLong(),
                    charset().equals(StandardCharsets.UTF_8));
        }
        return body;
    }

    private Charset charset() {
        String declared = getCharacterEncoding();
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = QueryParameters.asServletMap(getQueryString());
        }
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(QueryParameters.names(getParameterMap()));
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }
}
