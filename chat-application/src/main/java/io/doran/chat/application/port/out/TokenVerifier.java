package io.doran.chat.application.port.out;

/**
 * Checks a raw credential's signature and expiry locally (SPEC §2: HS256 shared secret, or RS256/ES256
 * public key) and returns its claims.
 */
public interface TokenVerifier {

    /**
     * @throws io.doran.chat.domain.error.ChatException {@code INVALID_TOKEN} or {@code EXPIRED_TOKEN}
     */
    VerifiedToken verify(String rawToken);
}
