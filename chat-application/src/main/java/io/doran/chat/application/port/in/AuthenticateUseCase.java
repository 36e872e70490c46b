package io.doran.chat.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A client presents a credential (SPEC §2): signature and expiry are checked, then the token store
 * (when enabled: a logged-out token is {@code REVOKED_TOKEN}) and the user's status (suspended users
 * are {@code USER_SUSPENDED}).
 */
public interface AuthenticateUseCase {

    /** One token, as an {@code authenticate} frame or a connection's periodic re-check presents it. */
    Caller authenticate(String rawToken);

    /**
     * Everything a request presents, in the one order of {@link PresentedCredentials#tokens()}. Every
     * token presented is verified, and any that is invalid, expired or revoked refuses the whole request:
     * a forged header beside a valid cookie is as refused as the other way round. Tokens of different
     * users are {@code AMBIGUOUS_CREDENTIALS}; several tokens of one user are that user, with the first
     * token in the order as the session's credential. Empty when nothing was presented.
     */
    Optional<Authenticated> authenticate(PresentedCredentials credentials);

    /** Who presented the credentials, and the token that stands for the session (re-checked as it ages). */
    record Authenticated(Caller caller, String token) {

        public Authenticated {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(token, "token");
        }
    }
}
