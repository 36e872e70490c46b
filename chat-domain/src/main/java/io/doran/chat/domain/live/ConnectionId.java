package io.doran.chat.domain.live;

import java.util.Objects;

/** One client connection (a WebSocket session) of one user, on one node. */
public record ConnectionId(String value) {

    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("connection id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
