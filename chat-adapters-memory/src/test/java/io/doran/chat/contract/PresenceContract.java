package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.PresenceStatus;
import io.doran.chat.domain.live.ConnectionId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Presence} does; each implementation extends this unchanged. */
public abstract class PresenceContract {

    /** Users of this test only: a shared store may hold other tests' users. */
    protected final io.doran.chat.domain.shared.UserId ALICE = Fixtures.unique("alice");
    protected final io.doran.chat.domain.shared.UserId BOB = Fixtures.unique("bob");

    protected Presence presence;

    protected abstract Presence newPresence();

    @BeforeEach
    void setUpPresence() {
        presence = newPresence();
    }

    @Test
    void a_user_is_online_from_their_first_connection_to_their_last() {
        ConnectionId one = new ConnectionId("one-" + System.nanoTime());
        ConnectionId two = new ConnectionId("two-" + System.nanoTime());

        assertThat(presence.find(ALICE).online()).isFalse();
        assertThat(presence.connected(ALICE, one, T0)).isTrue();
        assertThat(presence.connected(ALICE, two, T0)).isFalse();
        assertThat(presence.disconnected(ALICE, one, T0.plusSeconds(1))).isFalse();
        assertThat(presence.find(ALICE).online()).isTrue();
        assertThat(presence.disconnected(ALICE, two, T0.plusSeconds(2))).isTrue();

        PresenceStatus status = presence.find(ALICE);
        assertThat(status.online()).isFalse();
        assertThat(status.lastSeen()).contains(T0.plusSeconds(2));
    }

    @Test
    void a_user_never_seen_is_offline_without_last_seen() {
        PresenceStatus status = presence.find(BOB);

        assertThat(status.online()).isFalse();
        assertThat(status.lastSeen()).isEmpty();
    }

    @Test
    void disconnecting_an_unknown_connection_changes_nothing() {
        ConnectionId one = new ConnectionId("one-" + System.nanoTime());
        presence.connected(ALICE, one, T0);

        assertThat(presence.disconnected(ALICE, new ConnectionId("unknown"), T0)).isFalse();
        assertThat(presence.find(ALICE).online()).isTrue();
    }

    @Test
    void a_heartbeat_keeps_registered_connections_online_and_registers_none() {
        ConnectionId one = new ConnectionId("one-" + System.nanoTime());
        presence.connected(ALICE, one, T0);

        presence.heartbeat(List.of(new Presence.Registration(ALICE, one),
                new Presence.Registration(BOB, new ConnectionId("never-" + System.nanoTime()))), T0.plusSeconds(1));

        assertThat(presence.find(ALICE).online()).isTrue();
        assertThat(presence.find(BOB).online()).isFalse();
    }
}
