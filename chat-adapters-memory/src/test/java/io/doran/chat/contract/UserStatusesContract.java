package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.user.UserStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserStatuses} does; each implementation extends this unchanged. */
public abstract class UserStatusesContract {

    /** Users of this test only: a shared store may hold other tests' users. */
    protected final io.doran.chat.domain.shared.UserId ALICE = Fixtures.unique("alice");
    protected final io.doran.chat.domain.shared.UserId BOB = Fixtures.unique("bob");

    protected UserStatuses statuses;

    protected abstract UserStatuses newStatuses();

    @BeforeEach
    void setUpStatuses() {
        statuses = newStatuses();
    }

    @Test
    void unknown_users_are_active_and_set_statuses_stick() {
        assertThat(statuses.statusOf(ALICE)).isEqualTo(UserStatus.ACTIVE);

        statuses.set(ALICE, UserStatus.SUSPENDED);
        statuses.set(BOB, UserStatus.INACTIVE);

        assertThat(statuses.statusOf(ALICE)).isEqualTo(UserStatus.SUSPENDED);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        statuses.set(ALICE, UserStatus.ACTIVE);
        assertThat(statuses.statusOf(ALICE)).isEqualTo(UserStatus.ACTIVE);
    }
}
