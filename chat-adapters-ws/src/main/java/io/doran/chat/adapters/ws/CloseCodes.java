package io.doran.chat.adapters.ws;

import org.springframework.web.socket.CloseStatus;

/** Why the server closes a connection (SPEC §2, §5, §8). */
final class CloseCodes {

    /** Token expired or revoked, or no {@code authenticate} in time (000: 4001). */
    static final CloseStatus SESSION_EXPIRED = new CloseStatus(4001, "session expired");
    /** Authentication refused. */
    static final CloseStatus AUTHENTICATION_FAILED = new CloseStatus(4001, "authentication failed");
    /** The user was suspended or deleted. */
    static final CloseStatus SUSPENDED = new CloseStatus(4003, "user suspended");
    /** The client did not read its frames fast enough (SPEC §8: 1013 or 4008). */
    static final CloseStatus SLOW_CONSUMER = new CloseStatus(4008, "slow consumer");
    /** Too many connections of one user. */
    static final CloseStatus TOO_MANY_CONNECTIONS = new CloseStatus(4029, "too many connections");
    /** Repeated oversize frames. */
    static final CloseStatus TOO_BIG = CloseStatus.TOO_BIG_TO_PROCESS;

    private CloseCodes() {
    }
}
