package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of a query string, decoded. The API takes parameters from the query string only: a
 * form body is never parsed for them, so no parameter lookup reads a body past its limit.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** {@code raw} (the request's query string, may be null) as names and their values in order. */
    public static MultiValueMap<String, String> parse(String raw) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        if (raw == null || raw.isEmpty()) {
            return decoded;
        }
        MultiValueMap<String, String> encoded = UriComponentsBuilder.newInstance().query(raw).build().getQueryParams();
        try {
            encoded.forEach((name, values) -> values.forEach(value -> decoded.add(
                    URLDecoder.decode(name, StandardCharsets.UTF_8),
                    value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8))));
        } catch (IllegalArgumentException e) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "the query string is not validly encoded");
        }
        return decoded;
    }

    /** The same, in the shape of {@code ServletRequest.getParameterMap()}. */
    static Map<String, String[]> asServletMap(String raw) {
        Map<String, String[]> map = new LinkedHashMap<>();
        parse(raw).forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(map);
    }

    static List<String> names(Map<String, String[]> map) {
        return List.copyOf(map.keySet());
    }
}
