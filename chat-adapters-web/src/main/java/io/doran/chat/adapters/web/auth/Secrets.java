package io.doran.chat.adapters.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Compares shared secrets in constant time, so their content cannot be guessed from response times. */
final class Secrets {

    private Secrets() {
    }

    static boolean matches(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
