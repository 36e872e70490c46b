package io.doran.chat.adapters.ws.socketio.engine;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP request that opened an Engine.IO session (the first poll, or the WebSocket upgrade of a
 * WebSocket-only session), as the application sees it when a client connects: what a token or a language
 * may come from. Header names are lower case.
 *
 * @param uri           the request's URI as the client addressed the server (scheme, host, port, path, query)
 * @param headers       every request header, by lower-case name
 * @param query         the query parameters (besides {@code EIO}, {@code transport}: e.g. {@code token})
 * @param cookies       the cookies, by name
 * @param remoteAddress the client's address as the server sees it
 * @param locales       the languages of {@code Accept-Language}, preferred first (empty when absent)
 * @param secure        whether the request came over TLS
 */
public record HandshakeRequest(URI uri, Map<String, List<String>> headers, Map<String, List<String>> query,
                               Map<String, String> cookies, String remoteAddress, List<Locale> locales,
                               boolean secure) {

    public HandshakeRequest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        cookies = Map.copyOf(cookies);
        locales = List.copyOf(locales);
    }

    /** The first value of a header (any case). */
    public Optional<String> header(String name) {
        return first(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        return first(query.get(name));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
