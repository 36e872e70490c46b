package io.doran.chat.domain.live;

import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;

/**
 * One client connection (a WebSocket session) of one user, on one node, or one a service reports
 * (004): 1–128 printable characters of valid Unicode, not blank.
 */
public record ConnectionId(String value) {

    public static final int MAX_LENGTH = 128;

    public ConnectionId {
        Require.that(value != null && !value.isBlank(), ErrorCode.VALIDATION_FAILED, "connectionId is required");
        Require.wellFormed(value, "connectionId");
        Require.that(value.length() <= MAX_LENGTH && Require.printable(value), ErrorCode.VALIDATION_FAILED,
                "connectionId must be 1 to " + MAX_LENGTH + " printable characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
