package io.doran.chat.adapters.ws.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway-trusted mode (001, SPEC §2), {@code chat.auth.gateway.*}, as seed 001's WebSocket reads it: the same
 * properties the REST adapter reads, so one setting turns the mode on for both surfaces.
 *
 * @param enabled      off by default; while off, the seed 001 WebSocket refuses every handshake
 * @param secret       the shared secret the gateway sends (required when enabled)
 * @param secretHeader the header it sends it in
 */
@ConfigurationProperties("chat.auth.gateway")
public record GatewaySettings(@DefaultValue("false") boolean enabled, String secret,
                              @DefaultValue("X-Gateway-Secret") String secretHeader) {

    public GatewaySettings {
        if (enabled && (secret == null || secret.isBlank())) {
            throw new IllegalArgumentException("gateway-trusted mode needs chat.auth.gateway.secret");
        }
    }

    /** Whether {@code presented} is the gateway's secret, compared in constant time; never while the mode is off. */
    boolean vouchedBy(String presented) {
        return enabled && presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }
}
