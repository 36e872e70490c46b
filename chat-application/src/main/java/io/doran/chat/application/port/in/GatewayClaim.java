package io.doran.chat.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What a request in gateway-trusted mode (001) says about its user, exactly as it carried it: the secret it presented
 * in the gateway secret header, the user id ({@code X-User-Id} / {@code user_id}, never trimmed) and the profile
 * ({@code X-User-Nickname}, {@code X-User-Email}, {@code X-User-Profile-Url}, or their query parameters).
 */
public record GatewayClaim(Optional<String> secret, String userId, Optional<String> nickname, Optional<String> email,
                           Optional<String> pictureUrl) {

    public GatewayClaim {
        Objects.requireNonNull(userId, "userId");
        secret = secret == null ? Optional.empty() : secret;
        nickname = blankIsAbsent(nickname);
        email = blankIsAbsent(email);
        pictureUrl = blankIsAbsent(pictureUrl);
    }

    private static Optional<String> blankIsAbsent(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
