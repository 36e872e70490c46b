package io.doran.chat.adapters.web.auth;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.domain.shared.UserId;
import java.util.Optional;

/** The caller of an endpoint that also serves anonymous clients (public-room history, 002). */
public record Viewer(Optional<Caller> caller) {

    public Optional<UserId> userId() {
        return caller.map(Caller::userId);
    }
}
