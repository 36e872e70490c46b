package io.doran.chat.adapters.web.rest;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.GetPresenceUseCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether a user is online and when last seen (SPEC §4; 002, 004). */
@RestController
class PresenceController {

    private final GetPresenceUseCase presence;
    private final WebMapper mapper;

    PresenceController(GetPresenceUseCase presence, WebMapper mapper) {
        this.presence = presence;
        this.mapper = mapper;
    }

    @GetMapping("/api/users/{userId}/presence")
    Responses.Presence presence(Caller caller, @PathVariable String userId) {
        return mapper.presence(presence.presence(Inputs.userId(userId)));
    }
}
