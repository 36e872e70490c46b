package io.doran.chat.adapters.ws.session;

import java.util.Objects;

/**
 * The {@code ref} a client put on a frame (SPEC §5, §11): a string or a number, echoed unchanged on the one reply
 * to that frame so the client can match them.
 *
 * @param value   the string, or the number's JSON text
 * @param numeric whether it came, and goes back, as a JSON number
 */
public record Ref(String value, boolean numeric) {

    public Ref {
        Objects.requireNonNull(value, "value");
    }

    public static Ref of(String value) {
        return new Ref(value, false);
    }
}
