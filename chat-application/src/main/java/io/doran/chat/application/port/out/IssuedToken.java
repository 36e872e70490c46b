package io.doran.chat.application.port.out;

import java.time.Instant;

/** A freshly minted credential. */
public record IssuedToken(String token, String jti, Instant expiresAt) {
}
