package io.doran.chat.domain.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal by a domain rule or a use case, carrying its {@link ErrorCode} and the arguments its
 * message needs (for instance the length limit of {@code MESSAGE_TOO_LONG}). The exception message
 * is for logs; clients get the localized text of {@link ErrorMessages}.
 */
public class ChatException extends RuntimeException {

    private final ErrorCode code;
    private final ErrorReason reason;
    private final List<Object> args;

    public ChatException(ErrorCode code, Object... args) {
        this(code, null, args);
    }

    private ChatException(ErrorCode code, ErrorReason reason, Object[] args) {
        super(logText(code, args) + (reason == null ? "" : " (" + reason + ")"), null, false, false);
        this.code = code;
        this.reason = reason;
        this.args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** A refusal with {@code code} whose text says the more precise {@code reason}, which must refine that code. */
    public static ChatException because(ErrorCode code, ErrorReason reason) {
        if (Objects.requireNonNull(reason, "reason").code() != code) {
            throw new IllegalArgumentException(reason + " refines " + reason.code() + ", not " + code);
        }
        return new ChatException(code, reason, new Object[0]);
    }

    private static String logText(ErrorCode code, Object[] args) {
        Objects.requireNonNull(code, "code");
        return code.name() + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args));
    }

    public ErrorCode code() {
        return code;
    }

    /** Why, when the code alone says less than the text should. */
    public Optional<ErrorReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The arguments of the message, in order; an argument may be {@code null}. */
    public List<Object> args() {
        return args;
    }
}
