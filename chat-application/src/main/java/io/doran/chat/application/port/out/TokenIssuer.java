package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import java.time.Duration;

/** Mints credentials the {@link TokenVerifier} accepts: dev tokens of the embedded default only (SPEC §2). */
public interface TokenIssuer {

    IssuedToken issue(UserId user, String nickname, Duration ttl);
}
