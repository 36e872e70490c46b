package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserDirectory} does; each implementation extends this unchanged. */
public abstract class UserDirectoryContract {

    /** Users of this test only: a shared store may hold other tests' users. */
    protected final io.doran.chat.domain.shared.UserId ALICE = Fixtures.unique("alice");
    protected final io.doran.chat.domain.shared.UserId BOB = Fixtures.unique("bob");
    protected final io.doran.chat.domain.shared.UserId CAROL = Fixtures.unique("carol");

    protected UserDirectory directory;

    protected abstract UserDirectory newDirectory();

    @BeforeEach
    void setUpDirectory() {
        directory = newDirectory();
    }

    @Test
    void remembered_profiles_are_found_and_unknown_users_are_absent() {
        directory.remember(new UserProfile(ALICE, Optional.of("앨리스"), Optional.of("a@x.io"), Optional.empty()));

        var profiles = directory.profiles(List.of(ALICE, BOB));

        assertThat(profiles).containsOnlyKeys(ALICE);
        assertThat(profiles.get(ALICE).nickname()).contains("앨리스");
    }

    @Test
    void a_later_profile_updates_what_it_says_and_keeps_the_rest() {
        directory.remember(new UserProfile(ALICE, Optional.of("old"), Optional.of("a@x.io"), Optional.empty()));
        directory.remember(new UserProfile(ALICE, Optional.of("new"), Optional.empty(), Optional.empty()));

        UserProfile profile = directory.profiles(List.of(ALICE)).get(ALICE);

        assertThat(profile.nickname()).contains("new");
        assertThat(profile.email()).contains("a@x.io");
    }

    @Test
    void several_users_are_looked_up_at_once_each_with_their_own_fields() {
        directory.remember(new UserProfile(ALICE, Optional.of("앨리스"), Optional.empty(), Optional.empty()));
        directory.remember(new UserProfile(BOB, Optional.empty(), Optional.of("b@x.io"), Optional.of("https://x.io/b.png")));

        var profiles = directory.profiles(List.of(BOB, CAROL, ALICE));

        assertThat(profiles).containsOnlyKeys(ALICE, BOB);
        assertThat(profiles.get(ALICE).nickname()).contains("앨리스");
        assertThat(profiles.get(ALICE).email()).isEmpty();
        assertThat(profiles.get(BOB).nickname()).isEmpty();
        assertThat(profiles.get(BOB).email()).contains("b@x.io");
        assertThat(profiles.get(BOB).pictureUrl()).contains("https://x.io/b.png");
    }

    @Test
    void asking_for_nobody_finds_nobody() {
        assertThat(directory.profiles(List.of())).isEmpty();
    }
}
