package io.doran.chat.domain.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A refusal by a domain rule or a use case, carrying its {@link ErrorCode} and the arguments its
 * message needs (for instance the length limit of {@code MESSAGE_TOO_LONG}). The exception message
 * is for logs; clients get the localized text of {@link ErrorMessages}.
 */
public class ChatException extends RuntimeException {

    private final ErrorCode code;
    private final List<Object> args;

    public ChatException(ErrorCode code, Object... args) {
        super(code.name() + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.of(args);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
