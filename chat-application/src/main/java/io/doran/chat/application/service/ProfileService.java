package io.doran.chat.application.service;

import io.doran.chat.application.port.in.GetUserProfilesUseCase;
import io.doran.chat.application.port.in.UserProfileView;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Profiles from the user directory (001, 003), one lookup for many users. */
public final class ProfileService implements GetUserProfilesUseCase {

    private final UserDirectory directory;

    public ProfileService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, UserProfileView> profiles(Collection<UserId> users) {
        Map<String, UserProfileView> found = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return found;
        }
        for (UserProfile profile : directory.profiles(users).values()) {
            found.put(profile.userId().value(), new UserProfileView(profile.userId().value(),
                    profile.nickname().orElse(null), profile.email().orElse(null), profile.pictureUrl().orElse(null)));
        }
        return found;
    }
}
