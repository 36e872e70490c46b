package io.doran.chat.adapters.ws.session;

import java.util.Objects;
import java.util.Optional;

/**
 * What a session answers to one client frame: the reply, and whether the connection closes once it is sent
 * (a failed first authentication, one connection too many, a suspended user).
 */
public record Outcome(ServerFrame reply, Optional<CloseReason> thenClose) {

    public Outcome {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(thenClose, "thenClose");
    }

    static Outcome reply(ServerFrame reply) {
        return new Outcome(reply, Optional.empty());
    }

    static Outcome replyAndClose(ServerFrame reply, CloseReason reason) {
        return new Outcome(reply, Optional.of(reason));
    }
}
