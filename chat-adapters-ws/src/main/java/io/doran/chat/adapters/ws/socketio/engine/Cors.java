package io.doran.chat.adapters.ws.socketio.engine;

import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;

/**
 * Which browser origins may use the endpoint, and the CORS headers of its HTTP answers. With {@code *} any
 * origin may read the answers but without credentials (as the reference server's {@code cors: {origin: "*"}});
 * a listed origin is echoed back and allowed credentials (the {@code jwt_token} cookie), so a cookie-carrying
 * request is honoured only from an origin the operator named.
 */
final class Cors {

    private final boolean anyOrigin;
    private final List<Pattern> origins;

    Cors(List<String> allowedOrigins) {
        this.anyOrigin = allowedOrigins.contains("*");
        this.origins = allowedOrigins.stream()
                .map(origin -> Pattern.compile(Pattern.quote(origin).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE))
                .toList();
    }

    /** Requests without an {@code Origin} (not from a browser) are always allowed. */
    boolean allows(String origin) {
        return origin == null || anyOrigin || origins.stream().anyMatch(pattern -> pattern.matcher(origin).matches());
    }

    /** Adds the headers that let the requesting page read the answer. */
    void addHeaders(String origin, HttpFields.Mutable headers) {
        if (origin == null) {
            return;
        }
        if (anyOrigin) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.add(HttpHeader.VARY, "Origin");
        }
    }

    /** The answer to a preflight request. */
    void addPreflightHeaders(String origin, String requestedHeaders, HttpFields.Mutable headers) {
        addHeaders(origin, headers);
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        if (requestedHeaders != null) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, requestedHeaders);
        }
        headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    }
}
