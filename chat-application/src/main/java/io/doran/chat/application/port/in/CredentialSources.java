package io.doran.chat.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a request carries its credentials, the same on every surface (SPEC §2): the cookie that may hold a token
 * (000: {@code jwt_token}) and, while gateway-trusted mode (001) is on, the header in which the gateway presents its
 * secret. Every adapter that reads credentials reads these names; bootstrap builds them once from {@code chat.auth.*}.
 *
 * @param tokenCookie         the name of the cookie that may carry the token
 * @param gatewaySecretHeader the gateway secret's header; empty while gateway-trusted mode is off, and then a
 *                            request's {@code X-User-*} headers mean nothing
 */
public record CredentialSources(String tokenCookie, Optional<String> gatewaySecretHeader) {

    /** An HTTP token (RFC 9110), which both a cookie name and a header name must be. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public CredentialSources {
        Objects.requireNonNull(tokenCookie, "tokenCookie");
        if (!TOKEN.matcher(tokenCookie).matches()) {
            throw new IllegalArgumentException("chat.auth.cookie-name must be a cookie name, not '" + tokenCookie + "'");
        }
        gatewaySecretHeader = gatewaySecretHeader == null ? Optional.empty() : gatewaySecretHeader;
        gatewaySecretHeader.filter(h -> !TOKEN.matcher(h).matches()).ifPresent(h -> {
            throw new IllegalArgumentException("chat.auth.gateway.secret-header must be a header name, not '" + h + "'");
        });
    }

    public static CredentialSources defaults() {
        return new CredentialSources("jwt_token", Optional.empty());
    }

    public boolean gatewayTrusted() {
        return gatewaySecretHeader.isPresent();
    }
}
