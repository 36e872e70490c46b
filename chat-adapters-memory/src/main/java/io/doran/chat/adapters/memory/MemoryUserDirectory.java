package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The profiles credentials told about, in memory: the directory of the embedded default. */
public class MemoryUserDirectory implements UserDirectory {

    private final Map<UserId, UserProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Map<UserId, UserProfile> profiles(Collection<UserId> users) {
        Map<UserId, UserProfile> found = new HashMap<>();
        for (UserId user : users) {
            UserProfile profile = profiles.get(user);
            if (profile != null) {
                found.put(user, profile);
            }
        }
        return found;
    }

    @Override
    public void remember(UserProfile profile) {
        profiles.merge(profile.userId(), profile, (old, fresh) -> new UserProfile(fresh.userId(),
                fresh.nickname().or(old::nickname), fresh.email().or(old::email), fresh.pictureUrl().or(old::pictureUrl)));
    }
}
