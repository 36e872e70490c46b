package io.doran.chat.application.port.in;

/**
 * A client presents a credential (SPEC §2): signature and expiry are checked, then the token store
 * (when enabled: a logged-out token is {@code REVOKED_TOKEN}) and the user's status (suspended users
 * are {@code USER_SUSPENDED}).
 */
public interface AuthenticateUseCase {

    Caller authenticate(String rawToken);
}
