package io.doran.chat.application.port.out;

import io.doran.chat.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/** What the user directory knows of a user (003). */
public record UserProfile(UserId userId, Optional<String> nickname, Optional<String> email, Optional<String> pictureUrl) {

    public UserProfile {
        Objects.requireNonNull(userId, "userId");
        nickname = nickname == null ? Optional.empty() : nickname.filter(n -> !n.isBlank());
        email = email == null ? Optional.empty() : email;
        pictureUrl = pictureUrl == null ? Optional.empty() : pictureUrl;
    }
}
