package io.doran.chat.adapters.ws.socketio.engine;

import io.doran.chat.adapters.ws.session.OriginPolicy;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Which browser pages may use the endpoint, and the CORS headers of its HTTP answers, by the live endpoints'
 * {@link OriginPolicy}: the server's own origin and the listed ones may, with credentials (the page's cookies,
 * so the {@code jwt_token} cookie); with {@code *} any other page may too, but its answers say
 * {@code Access-Control-Allow-Origin: *}, under which a browser sends and exposes no credentials. Requests
 * without an {@code Origin} do not come from a browser page and are not concerned.
 */
final class Cors {

    private final OriginPolicy policy;

    Cors(List<String> allowedOrigins) {
        this.policy = new OriginPolicy(allowedOrigins);
    }

    /** Whether a page from {@code origin} (null: not a browser page) may reach the endpoint at {@code server}. */
    boolean allows(String origin, URI server) {
        return policy.allows(origin, server, false);
    }

    /** Adds the headers that let the requesting page read the answer. */
    void addHeaders(String origin, URI server, HttpFields.Mutable headers) {
        if (origin == null) {
            return;
        }
        if (policy.allows(origin, server, true)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.add(HttpHeader.VARY, "Origin");
        } else {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
    }

    /** The answer to a preflight request. */
    void addPreflightHeaders(String origin, URI server, String requestedHeaders, HttpFields.Mutable headers) {
        addHeaders(origin, server, headers);
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        if (requestedHeaders != null) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, requestedHeaders);
        }
        headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    }
}
