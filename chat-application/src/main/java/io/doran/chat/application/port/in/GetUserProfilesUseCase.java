package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;
import java.util.Collection;
import java.util.Map;

/**
 * Anyone signed in looks up what is known of some users (001: a message names its sender by email, with a
 * profile picture), as the gateway or a token last said. Users nothing is known of are absent.
 */
public interface GetUserProfilesUseCase {

    /** The profiles known, by user id. */
    Map<String, UserProfileView> profiles(Collection<UserId> users);
}
