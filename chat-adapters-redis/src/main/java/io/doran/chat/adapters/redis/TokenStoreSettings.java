package io.doran.chat.adapters.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the auth server keeps live tokens in Redis ({@code chat.auth.token-store.*}, 000): the key of a token, its
 * {@code jti} in place of {@code {jti}}. Whether tokens are checked at all is the application's setting
 * ({@code chat.auth.token-store.enabled}).
 *
 * @param keyPattern the token store's key, {@code {jti}} replaced by the token id
 */
@ConfigurationProperties("chat.auth.token-store")
public record TokenStoreSettings(@DefaultValue("auth:token:{jti}") String keyPattern) {

    public TokenStoreSettings {
        if (keyPattern == null || !keyPattern.contains("{jti}")) {
            throw new IllegalArgumentException("chat.auth.token-store.key-pattern must contain {jti}");
        }
    }
}
