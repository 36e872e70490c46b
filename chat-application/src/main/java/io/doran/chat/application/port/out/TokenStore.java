package io.doran.chat.application.port.out;

import java.time.Duration;

/**
 * The auth server's token store (000, SPEC §2): a token is live while its {@code jti} is present; the
 * auth server writes it at login and deletes it at logout, so a logged-out token is refused even
 * before it expires.
 */
public interface TokenStore {

    boolean isActive(String jti);

    /** Records a live token for {@code ttl} (dev tokens in embedded mode; the auth server elsewhere). */
    void store(String jti, Duration ttl);

    /** Logs the token out. */
    void revoke(String jti);
}
