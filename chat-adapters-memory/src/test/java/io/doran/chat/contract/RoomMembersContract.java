package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomMembers.Membership;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomMembers} does; each implementation extends this unchanged. */
public abstract class RoomMembersContract {

    protected RoomMembers members;
    protected final RoomId room = RoomId.random();
    protected final UserId alice = Fixtures.unique("alice");
    protected final UserId bob = Fixtures.unique("bob");

    protected abstract RoomMembers newMembers();

    @BeforeEach
    void setUpMembers() {
        members = newMembers();
    }

    @Test
    void users_are_counted_once_however_many_connections_they_have() {
        assertThat(members.join(room, alice, new ConnectionId("a1"))).isEqualTo(new Membership(true, 1));
        assertThat(members.join(room, alice, new ConnectionId("a2"))).isEqualTo(new Membership(false, 1));
        assertThat(members.join(room, bob, new ConnectionId("b1"))).isEqualTo(new Membership(true, 2));

        assertThat(members.leave(room, alice, new ConnectionId("a1"))).isEqualTo(new Membership(false, 2));
        assertThat(members.leave(room, alice, new ConnectionId("a2"))).isEqualTo(new Membership(true, 1));
        assertThat(members.leave(room, alice, new ConnectionId("a2"))).isEqualTo(new Membership(false, 1));
        members.heartbeat(List.of(new RoomMembers.Registration(room, bob, new ConnectionId("b1"))));
        assertThat(members.join(room, bob, new ConnectionId("b2"))).isEqualTo(new Membership(false, 1));
    }

    @Test
    void the_members_are_the_users_connected_now() {
        assertThat(members.members(room)).isEmpty();
        members.join(room, alice, new ConnectionId("a1"));
        members.join(room, alice, new ConnectionId("a2"));
        members.join(room, bob, new ConnectionId("b1"));
        members.join(RoomId.random(), UserId.of("elsewhere"), new ConnectionId("e1"));

        assertThat(members.members(room)).containsExactlyInAnyOrder(alice, bob);

        members.leave(room, alice, new ConnectionId("a1"));
        assertThat(members.members(room)).containsExactlyInAnyOrder(alice, bob);
        members.leave(room, bob, new ConnectionId("b1"));
        assertThat(members.members(room)).containsExactly(alice);
    }

    @Test
    void rooms_are_separate() {
        members.join(room, alice, new ConnectionId("a1"));

        assertThat(members.join(RoomId.random(), bob, new ConnectionId("b1"))).isEqualTo(new Membership(true, 1));
    }

    @Test
    void a_heartbeat_keeps_the_connections_it_names_and_registers_none() {
        members.join(room, alice, new ConnectionId("a1"));

        members.heartbeat(List.of(new RoomMembers.Registration(room, alice, new ConnectionId("a1")),
                new RoomMembers.Registration(room, bob, new ConnectionId("b1"))));

        assertThat(members.members(room)).containsExactly(alice);
    }
}
