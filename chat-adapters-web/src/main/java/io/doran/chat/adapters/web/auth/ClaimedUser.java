package io.doran.chat.adapters.web.auth;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;

/**
 * The seeds put the acting user in request bodies ({@code userId}, {@code creatorId}: 000). Identity comes
 * from the credential only (SPEC §2): a body that names someone else is refused, one that names the
 * caller or nobody is accepted, and the user acted as is always the caller.
 */
public final class ClaimedUser {

    private ClaimedUser() {
    }

    /** Refuses with {@code FORBIDDEN} when {@code claimed} is present and not the caller. */
    public static void requireCaller(Caller caller, String claimed) {
        if (claimed != null && !UserId.of(claimed).equals(caller.userId())) {
            throw new ChatException(ErrorCode.FORBIDDEN);
        }
    }
}
