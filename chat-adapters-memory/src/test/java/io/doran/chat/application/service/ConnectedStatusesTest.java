package io.doran.chat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.memory.MemoryUserStatuses;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectedStatusesTest {

    static final UserId BOB = UserId.of("bob");

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    final MemoryUserStatuses stored = new MemoryUserStatuses();
    final AtomicInteger reads = new AtomicInteger();
    /** Runs while the store is read, as an event arriving meanwhile on another thread would. */
    Runnable duringRead = () -> { };
    final UserStatuses store = new UserStatuses() {
        @Override
        public UserStatus statusOf(UserId user) {
            reads.incrementAndGet();
            UserStatus status = stored.statusOf(user);
            duringRead.run();
            return status;
        }

        @Override
        public void set(UserId user, UserStatus status) {
            stored.set(user, status);
        }
    };
    final ConnectedStatuses statuses = new ConnectedStatuses(store, clock);

    @Test
    void a_user_without_a_connection_here_is_read_from_the_store_every_time() {
        stored.set(BOB, UserStatus.INACTIVE);

        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_connected_user_is_read_once_then_kept_current_by_events_until_their_last_connection_leaves() {
        statuses.connecting(BOB);
        statuses.connecting(BOB);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.ACTIVE);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.ACTIVE);
        assertThat(reads).hasValue(1);

        stored.set(BOB, UserStatus.INACTIVE);
        statuses.changed(BOB, UserStatus.INACTIVE);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(reads).hasValue(1);

        statuses.left(BOB);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(reads).as("one connection is still here").hasValue(1);
        statuses.left(BOB);
        stored.set(BOB, UserStatus.SUSPENDED);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.SUSPENDED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_event_that_arrives_while_the_status_is_read_is_not_overwritten_by_the_older_read() {
        statuses.connecting(BOB);
        duringRead = () -> {
            stored.set(BOB, UserStatus.SUSPENDED);
            statuses.changed(BOB, UserStatus.SUSPENDED);
        };

        statuses.statusOf(BOB);
        duringRead = () -> { };

        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void an_event_for_a_user_with_no_connection_here_is_not_kept() {
        statuses.changed(BOB, UserStatus.SUSPENDED);

        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void a_kept_status_is_read_again_after_a_minute_in_case_an_event_was_lost() {
        statuses.connecting(BOB);
        statuses.statusOf(BOB);
        stored.set(BOB, UserStatus.INACTIVE);

        assertThat(statuses.statusOf(BOB)).as("the event was lost").isEqualTo(UserStatus.ACTIVE);
        clock.advance(ConnectedStatuses.REFRESH);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(statuses.statusOf(BOB)).isEqualTo(UserStatus.INACTIVE);
        assertThat(reads).hasValue(2);
    }
}
