package io.doran.chat.domain.error;

import java.util.Arrays;
import java.util.Collections;
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
        super(logText(code, args), null, false, false);
        this.code = code;
        this.args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    private static String logText(ErrorCode code, Object[] args) {
        Objects.requireNonNull(code, "code");
        return code.name() + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args));
    }

    public ErrorCode code() {
        return code;
    }

    /** The arguments of the message, in order; an argument may be {@code null}. */
    public List<Object> args() {
        return args;
    }
}
