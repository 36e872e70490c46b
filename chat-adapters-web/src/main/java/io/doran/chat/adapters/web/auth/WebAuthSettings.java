package io.doran.chat.adapters.web.auth;

import java.util.Optional;

/**
 * How the REST adapter recognizes callers (SPEC §2).
 *
 * @param cookieName          the cookie that may carry the JWT (000: {@code jwt_token})
 * @param gatewayEnabled      gateway-trusted mode (001), off by default
 * @param gatewaySecretHeader the header carrying the gateway secret
 * @param gatewaySecret       the shared gateway secret
 * @param serviceToken        the token of the internal service API (004); empty disables that API
 * @param serviceTokenHeader  the header carrying it
 * @param maxBodyBytes        the largest request body accepted
 */
public record WebAuthSettings(String cookieName, boolean gatewayEnabled, String gatewaySecretHeader,
                              Optional<String> gatewaySecret, Optional<String> serviceToken, String serviceTokenHeader,
                              long maxBodyBytes) {

    public WebAuthSettings {
        gatewaySecret = gatewaySecret == null ? Optional.empty() : gatewaySecret.filter(s -> !s.isBlank());
        serviceToken = serviceToken == null ? Optional.empty() : serviceToken.filter(s -> !s.isBlank());
        if (gatewayEnabled && gatewaySecret.isEmpty()) {
            throw new IllegalArgumentException("gateway-trusted mode needs chat.auth.gateway.secret");
        }
    }

    public static WebAuthSettings defaults() {
        return new WebAuthSettings("jwt_token", false, "X-Gateway-Secret", Optional.empty(), Optional.empty(),
                "X-Service-Token", 64 * 1024);
    }
}
