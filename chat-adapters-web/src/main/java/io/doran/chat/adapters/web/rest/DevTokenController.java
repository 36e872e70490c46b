package io.doran.chat.adapters.web.rest;

import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.application.port.in.IssueDevTokenUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dev/token} (SPEC §2): a token for whoever asks, so a newcomer can try the embedded
 * default. Registered by bootstrap only while {@code chat.auth.dev-tokens} is on; otherwise the path
 * does not exist.
 */
@Tag(name = "Dev tokens", description = "Only while chat.auth.dev-tokens is on (by default on the embedded default only).")
@RestController
public class DevTokenController {

    private final IssueDevTokenUseCase issue;

    public DevTokenController(IssueDevTokenUseCase issue) {
        this.issue = issue;
    }

    @Operation(summary = "A token for any user id, to try the server")
    @Problems({VALIDATION_FAILED})
    @PostMapping("/api/dev/token")
    Responses.Token token(@RequestBody Requests.DevToken body) {
        Requests.DevToken request = Inputs.body(body);
        return new Responses.Token(issue.issue(Inputs.userId(request.userId()), request.nickname()).token());
    }
}
