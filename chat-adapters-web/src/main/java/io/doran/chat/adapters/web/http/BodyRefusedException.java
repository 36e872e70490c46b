package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import java.io.IOException;

/**
 * A request body refused while it was being read (too large, not UTF-8). It is an {@link IOException}
 * so that every reader of the stream — Jackson, a form parser — fails as on a broken stream; its cause is
 * the {@link ChatException} the client is answered with, which the problem-details advice finds in the
 * reader's exception.
 */
public final class BodyRefusedException extends IOException {

    BodyRefusedException(ChatException reason) {
        super(reason.getMessage(), reason);
    }

    /** The refusal, with the code and arguments the client is told. */
    public ChatException reason() {
        return (ChatException) getCause();
    }
}
