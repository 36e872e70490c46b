package io.doran.chat.adapters.web.auth;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The internal service API ({@code /api/internal/v1/**}, 004), {@code chat.internal.*}.
 *
 * @param serviceToken       the token other services present; unset (or blank) disables that API
 * @param serviceTokenHeader the header they present it in
 */
@ConfigurationProperties("chat.internal")
public record InternalApiSettings(Optional<String> serviceToken, @DefaultValue("X-Service-Token") String serviceTokenHeader) {

    public InternalApiSettings {
        serviceToken = serviceToken == null ? Optional.empty() : serviceToken.filter(s -> !s.isBlank());
        if (serviceTokenHeader == null || serviceTokenHeader.isBlank()) {
            throw new IllegalArgumentException("chat.internal.service-token-header must name a header");
        }
    }
}
