package io.doran.chat.adapters.web.rest;

import io.doran.chat.application.port.in.PresenceView;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.GetPresenceUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether a user is online and when last seen (SPEC §4; 002, 004). */
@Tag(name = "Presence", description = "Whether users are online.")
@RestController
class PresenceController {

    private final GetPresenceUseCase presence;

    PresenceController(GetPresenceUseCase presence) {
        this.presence = presence;
    }

    @Operation(summary = "Whether a user is online, and when last seen")
    @Problems({VALIDATION_FAILED})
    @GetMapping("/api/users/{userId}/presence")
    PresenceView presence(Caller caller, @PathVariable String userId) {
        return presence.presence(Inputs.userId(userId));
    }
}
